import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { listJuryNominations } from "@/lib/jury/list-jury-nominations";

type Consent = { status: string; guardianRequired?: boolean; guardianConfirmedAt?: Date | null } | null;

async function nominate(programmeId: string, categoryId: string, name: string, status: string, consent: Consent) {
  return db.nomination.create({
    data: {
      programmeId,
      categoryId,
      kind: "nomination",
      status,
      nomineeName: name,
      nomineeEmail: `${name.toLowerCase()}@example.org`,
      nominatorName: "Nominator",
      nominatorEmail: "nominator@example.org",
      story: `Why ${name}`,
      submittedAt: new Date(),
      consent: consent ? { create: { status: consent.status, guardianRequired: consent.guardianRequired ?? false, guardianConfirmedAt: consent.guardianConfirmedAt ?? null } } : undefined,
    },
  });
}

describe("listJuryNominations", () => {
  let programmeId: string;
  let longest: string;
  let impact: string;

  beforeEach(async () => {
    const { programme, categories } = await makeProgramme(db, { phase: "nominations_open", categories: ["Longest serving", "Impact"] });
    programmeId = programme.id;
    [longest, impact] = categories.map((c) => c.id);
    await nominate(programmeId, longest, "Accepted", "eligible", { status: "accepted" });
    await nominate(programmeId, longest, "Pending", "eligible", { status: "pending" });
    await nominate(programmeId, longest, "Unmoderated", "submitted", { status: "accepted" });
    await nominate(programmeId, longest, "Minor", "eligible", { status: "accepted", guardianRequired: true });
    await nominate(programmeId, longest, "MinorConfirmed", "eligible", { status: "accepted", guardianRequired: true, guardianConfirmedAt: new Date() });
    await nominate(programmeId, longest, "Declined", "declined", { status: "declined" });
    await nominate(programmeId, impact, "OtherCategory", "eligible", { status: "accepted" });
  });

  it("shows a category juror only what reached the jury, in their category, without contact data", async () => {
    const juror = await makeUser(db);
    await makeMembership(db, { userId: juror.id, programmeId, role: "juror", categoryId: longest });
    const view = await listJuryNominations({ actor: await loadSessionUser({ userId: juror.id }), programmeId });
    expect(view.categories.map((c) => c.id)).toEqual([longest]);
    expect(view.categories[0].nominations.map((n) => n.title).sort()).toEqual(["Accepted", "MinorConfirmed"]);
    expect(JSON.stringify(view)).not.toContain("@example.org");
  });

  it("gives the jury every nominator's story when nominations of one person were merged", async () => {
    const juror = await makeUser(db);
    await makeMembership(db, { userId: juror.id, programmeId, role: "juror", categoryId: longest });
    const primary = await db.nomination.findFirstOrThrow({ where: { programmeId, nomineeName: "Accepted" } });
    const second = await nominate(programmeId, longest, "Accepted again", "merged", null);
    await db.nomination.update({ where: { id: second.id }, data: { duplicateOfId: primary.id, nominatorName: "Second nominator" } });
    const view = await listJuryNominations({ actor: await loadSessionUser({ userId: juror.id }), programmeId });
    const shown = view.categories[0].nominations.find((n) => n.id === primary.id)!;
    expect(shown.stories.map((s) => s.story)).toEqual(["Why Accepted", "Why Accepted again"]);
    expect(shown.stories[1].authorName).toBe("Second nominator");
  });

  it("refuses anonymous people, organisers who are not jurors and jurors of other programmes", async () => {
    await expect(listJuryNominations({ actor: null, programmeId })).rejects.toMatchObject({ code: "unauthenticated" });
    const organiser = await makeUser(db);
    await makeMembership(db, { userId: organiser.id, programmeId, role: "organiser" });
    await expect(listJuryNominations({ actor: await loadSessionUser({ userId: organiser.id }), programmeId })).rejects.toMatchObject({ code: "forbidden" });
    const other = await makeProgramme(db, { categories: ["X"] });
    const outsider = await makeUser(db);
    await makeMembership(db, { userId: outsider.id, programmeId: other.programme.id, role: "juror" });
    await expect(listJuryNominations({ actor: await loadSessionUser({ userId: outsider.id }), programmeId })).rejects.toMatchObject({ code: "forbidden" });
  });
});
