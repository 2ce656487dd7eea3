import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { listJuryNominations } from "@/lib/jury/list-jury-nominations";

type Consent = { status: string; guardianRequired?: boolean; guardianConfirmedAt?: Date | null } | null;

let day = 0;
async function nominate(programmeId: string, categoryId: string, name: string, status: string, consent: Consent) {
  day += 1;
  return db.nomination.create({
    data: {
      programmeId,
      categoryId,
      kind: "nomination",
      status,
      nomineeName: name,
      nomineeEmail: `${name.toLowerCase()}@example.org`,
      nomineeDistrict: "Gostenhof",
      nominatorName: "Nominator",
      nominatorEmail: "nominator@example.org",
      story: `Why ${name}`,
      submittedAt: new Date(Date.UTC(2026, 2, day)),
      consent: consent ? { create: { status: consent.status, guardianRequired: consent.guardianRequired ?? false, guardianConfirmedAt: consent.guardianConfirmedAt ?? null } } : undefined,
    },
  });
}

describe("listJuryNominations", () => {
  let programmeId: string;
  let longest: string;
  let impact: string;

  beforeEach(async () => {
    const { programme, categories } = await makeProgramme(db, { phase: "jury_review", categories: ["Longest serving", "Impact"] });
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

  it("shows a category juror only what reached the jury, numbered in submission order, without contact data", async () => {
    const juror = await makeUser(db);
    await makeMembership(db, { userId: juror.id, programmeId, role: "juror", categoryId: longest });
    const view = await listJuryNominations({ actor: await loadSessionUser({ userId: juror.id }), programmeId, categoryId: longest });
    expect(view.category.id).toBe(longest);
    expect(view.nominations.map((n) => [n.number, n.title, n.state])).toEqual([
      [1, "Accepted", "not_started"],
      [2, "MinorConfirmed", "not_started"],
    ]);
    expect(view.progress).toEqual({ scored: 0, total: 2 });
    const json = JSON.stringify(view);
    expect(json).not.toContain("@example.org");
    expect(json).not.toContain("Gostenhof");
  });

  it("lets a whole-programme juror open every category", async () => {
    const juror = await makeUser(db);
    await makeMembership(db, { userId: juror.id, programmeId, role: "juror" });
    const actor = await loadSessionUser({ userId: juror.id });
    const view = await listJuryNominations({ actor, programmeId, categoryId: impact });
    expect(view.nominations.map((n) => n.title)).toEqual(["OtherCategory"]);
  });

  it("refuses anonymous people, organisers who are not jurors, jurors of another category and of other programmes", async () => {
    await expect(listJuryNominations({ actor: null, programmeId, categoryId: longest })).rejects.toMatchObject({ code: "unauthenticated" });
    const organiser = await makeUser(db);
    await makeMembership(db, { userId: organiser.id, programmeId, role: "organiser" });
    await expect(listJuryNominations({ actor: await loadSessionUser({ userId: organiser.id }), programmeId, categoryId: longest })).rejects.toMatchObject({ code: "forbidden" });
    const impactJuror = await makeUser(db);
    await makeMembership(db, { userId: impactJuror.id, programmeId, role: "juror", categoryId: impact });
    await expect(listJuryNominations({ actor: await loadSessionUser({ userId: impactJuror.id }), programmeId, categoryId: longest })).rejects.toMatchObject({ code: "forbidden" });
    const other = await makeProgramme(db, { categories: ["X"] });
    const outsider = await makeUser(db);
    await makeMembership(db, { userId: outsider.id, programmeId: other.programme.id, role: "juror" });
    const actor = await loadSessionUser({ userId: outsider.id });
    await expect(listJuryNominations({ actor, programmeId, categoryId: longest })).rejects.toMatchObject({ code: "forbidden" });
    // Naming their own programme in the URL does not reach a category of this one.
    await expect(listJuryNominations({ actor, programmeId: other.programme.id, categoryId: longest })).rejects.toMatchObject({ code: "not_found" });
  });
});
