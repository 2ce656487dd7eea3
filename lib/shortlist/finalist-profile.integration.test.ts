import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { getFinalistProfile } from "@/lib/shortlist/get-finalist-profile";
import { getRanking } from "@/lib/shortlist/get-ranking";
import { lockShortlist } from "@/lib/shortlist/lock-shortlist";
import { makeJuryNomination, makeSheet, makeShortlistWorld, type ShortlistWorld } from "@/lib/shortlist/shortlist-fixtures";
import { SHORTLIST_LIMITS } from "@/lib/shortlist/shortlist-schemas";
import { updateFinalistProfile } from "@/lib/shortlist/update-finalist-profile";

let w: ShortlistWorld;
/** Finalist ids: Anna agreed to her first name only; Anika to a chosen name, photo and district; a group. */
let anna: string;
let anika: string;
let group: string;
let anikaPhoto: string;

beforeEach(async () => {
  w = await makeShortlistWorld(db, { finalistCount: 3 });
  const base = { programmeId: w.programmeId, categoryId: w.categoryA };
  const n1 = await makeJuryNomination(db, { ...base, nomineeName: "Anna Beispiel", consent: { displayName: "first_name" }, photo: true });
  const n2 = await makeJuryNomination(db, { ...base, nomineeName: "Anika Muster", consent: { displayName: "chosen_name", chosenName: "Ani", showPhoto: true, showDistrict: true }, photo: true });
  const n3 = await makeJuryNomination(db, { ...base, nomineeKind: "group", nomineeName: "Tom Contact", groupName: "Youth Repair Café", consent: { showDistrict: true } });
  anikaPhoto = n2.photoId!;
  for (const [i, nomination] of [n1, n2, n3].entries()) {
    for (const juror of [w.chair, ...w.jurors]) {
      await makeSheet(db, { jurorId: juror.id, nominationId: nomination.id, values: { [w.criteriaA[0]]: 9 - i, [w.criteriaA[1]]: 9 - i } });
    }
  }
  const view = await getRanking({ actor: w.chair, categoryId: w.categoryA });
  await lockShortlist({ actor: w.chair, categoryId: w.categoryA, finalistIds: view.proposal.finalistIds });
  const finalists = await db.finalist.findMany({ where: { categoryId: w.categoryA } });
  const of = (nominationId: string) => finalists.find((f) => f.nominationId === nominationId)!.id;
  [anna, anika, group] = [of(n1.id), of(n2.id), of(n3.id)];
});

const row = (id: string) => db.finalist.findUniqueOrThrow({ where: { id } });
const valid = { publicName: "Anna", publicSummary: "Runs the homework club every week.", publicDistrict: "", showPhoto: false };

describe("who may prepare public profiles", () => {
  it("refuses the signed-out, jurors, the chair, another category's chair and another programme's organiser", async () => {
    for (const act of [
      (actor: SessionUser | null) => updateFinalistProfile({ actor, finalistId: anna, profile: valid }),
      (actor: SessionUser | null) => getFinalistProfile({ actor, finalistId: anna }),
    ]) {
      await expect(act(null)).rejects.toMatchObject({ code: "unauthenticated" });
      for (const actor of [w.jurors[0], w.chair, w.chairB, w.outsider]) await expect(act(actor)).rejects.toMatchObject({ code: "forbidden" });
    }
    expect(await row(anna)).toMatchObject({ publicSummary: "" });
    expect(await db.auditEvent.count({ where: { entityId: anna } })).toBe(0);
  });

  it("answers not found for a finalist of another programme named in the URL", async () => {
    const otherProgramme = w.outsider.memberships[0].programmeId;
    await expect(getFinalistProfile({ actor: w.outsider, finalistId: anna, programmeId: otherProgramme })).rejects.toMatchObject({ code: "not_found" });
    await expect(updateFinalistProfile({ actor: w.organiser, finalistId: "no-such-finalist", profile: valid })).rejects.toMatchObject({ code: "not_found" });
  });

  it("gives organisers what the nominee agreed to and nothing else", async () => {
    const view = await getFinalistProfile({ actor: w.organiser, finalistId: anna, programmeId: w.programmeId });
    expect(view).toMatchObject({
      title: "Anna Beispiel",
      group: false,
      profile: { publicName: "Anna", publicSummary: "", publicDistrict: null, showPhoto: false },
      agreed: { displayName: "first_name", shownName: "Anna", showPhoto: false, showDistrict: false },
    });
    expect(JSON.stringify(view)).not.toMatch(/example\.org|Gostenhof/);
    expect((await getRanking({ actor: w.organiser, categoryId: w.categoryA })).may.editProfiles).toBe(true);
    expect((await getRanking({ actor: w.chair, categoryId: w.categoryA })).may.editProfiles).toBe(false);
  });
});

describe("a finalist's public profile", () => {
  it("shows no district or photo, and no more of the name, than the nominee agreed to", async () => {
    await expect(updateFinalistProfile({ actor: w.organiser, finalistId: anna, profile: { ...valid, publicDistrict: "Gostenhof" } })).rejects.toMatchObject({
      code: "invalid_input",
      fields: { publicDistrict: "districtNotAgreed" },
    });
    await expect(updateFinalistProfile({ actor: w.organiser, finalistId: anna, profile: { ...valid, showPhoto: true } })).rejects.toMatchObject({ fields: { showPhoto: "photoNotAgreed" } });
    await expect(updateFinalistProfile({ actor: w.organiser, finalistId: anna, profile: { ...valid, publicName: "Anna Beispiel" } })).rejects.toMatchObject({ fields: { publicName: "nameNotAgreed" } });
    await expect(updateFinalistProfile({ actor: w.organiser, finalistId: anna, profile: { ...valid, publicName: "anna BEISPIEL" } })).rejects.toMatchObject({ fields: { publicName: "nameNotAgreed" } });
    expect(await row(anna)).toMatchObject({ publicName: "Anna", publicSummary: "", publicDistrict: null, photoKey: null });

    await updateFinalistProfile({ actor: w.organiser, finalistId: anna, profile: { ...valid, publicName: "Anna B." } });
    expect(await row(anna)).toMatchObject({ publicName: "Anna B.", publicSummary: valid.publicSummary, publicDistrict: null, photoKey: null });
  });

  it("shows district and photo where the nominee agreed, and leaves them out when the organiser says so", async () => {
    // Prefilled at the lock from Anika's choices.
    expect(await row(anika)).toMatchObject({ publicName: "Ani", publicDistrict: "Gostenhof", photoKey: anikaPhoto });
    await updateFinalistProfile({ actor: w.organiser, finalistId: anika, profile: { publicName: "Ani", publicSummary: "", publicDistrict: "", showPhoto: false } });
    expect(await row(anika)).toMatchObject({ publicDistrict: null, photoKey: null });
    await updateFinalistProfile({ actor: w.organiser, finalistId: anika, profile: { publicName: "Ani M.", publicSummary: "", publicDistrict: "Südstadt", showPhoto: true } });
    expect(await row(anika)).toMatchObject({ publicName: "Ani M.", publicDistrict: "Südstadt", photoKey: anikaPhoto });
  });

  it("lets a group appear by its name, and refuses a photo that does not exist", async () => {
    expect(await row(group)).toMatchObject({ publicName: "Youth Repair Café", publicDistrict: "Gostenhof", photoKey: null });
    await expect(updateFinalistProfile({ actor: w.organiser, finalistId: group, profile: { publicName: "Youth Repair Café Tom Contact", publicSummary: "", showPhoto: true } })).rejects.toMatchObject({
      fields: { showPhoto: "photoNotAgreed" },
    });
    await db.nomineeConsent.updateMany({ where: { nomination: { finalist: { id: group } } }, data: { showPhoto: true } });
    await expect(updateFinalistProfile({ actor: w.organiser, finalistId: group, profile: { publicName: "Youth Repair Café", publicSummary: "", showPhoto: true } })).rejects.toMatchObject({
      fields: { showPhoto: "noPhoto" },
    });
  });

  it("checks lengths and characters, and audits field names only", async () => {
    await expect(updateFinalistProfile({ actor: w.organiser, finalistId: anna, profile: { ...valid, publicSummary: "x".repeat(SHORTLIST_LIMITS.publicSummary + 1) } })).rejects.toMatchObject({
      fields: { publicSummary: "tooLong" },
    });
    await expect(updateFinalistProfile({ actor: w.organiser, finalistId: anna, profile: { ...valid, publicName: "  " } })).rejects.toMatchObject({ fields: { publicName: "required" } });
    await expect(updateFinalistProfile({ actor: w.organiser, finalistId: anna, profile: { ...valid, publicName: "Anna\u0007" } })).rejects.toMatchObject({ fields: { publicName: "invalidCharacters" } });
    await expect(updateFinalistProfile({ actor: w.organiser, finalistId: anna, profile: { ...valid, publicSummary: "y".repeat(1_000_000) } })).rejects.toMatchObject({ code: "invalid_input" });

    const summary = "Line one.\nLine two, at exactly the limit.".padEnd(SHORTLIST_LIMITS.publicSummary, ".");
    await updateFinalistProfile({ actor: w.organiser, finalistId: anna, profile: { ...valid, publicSummary: summary } });
    expect((await row(anna)).publicSummary).toBe(summary);
    const events = await db.auditEvent.findMany({ where: { entityId: anna } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: "finalist.profile_updated", actorId: w.organiser.id, data: { fields: ["publicSummary"] } });
    expect(JSON.stringify(events[0].data)).not.toContain("Line one");
    // Saving the same again changes nothing and writes no audit row.
    await updateFinalistProfile({ actor: w.organiser, finalistId: anna, profile: { ...valid, publicSummary: summary } });
    expect(await db.auditEvent.count({ where: { entityId: anna } })).toBe(1);
  });

  it("cannot be changed once the programme is archived", async () => {
    await db.programme.update({ where: { id: w.programmeId }, data: { phase: "archived" } });
    await expect(updateFinalistProfile({ actor: w.organiser, finalistId: anna, profile: valid })).rejects.toMatchObject({ code: "invalid_state", message: "archived" });
  });
});
