import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { correctNomination } from "@/lib/moderation/correct-nomination";
import { markDuplicate } from "@/lib/moderation/mark-duplicate";
import { mergeNomination } from "@/lib/moderation/merge-nomination";
import { makeModerationWorld, makeNomination } from "@/lib/moderation/moderation-fixtures";
import { confirmSubmission } from "@/lib/nominations/confirm-submission";
import { ERASED_NAME, eraseNomination } from "@/lib/nominations/erase-nomination";
import { ENV, NOW, makeOpenProgramme, makeSubmission, tokenFromMail } from "@/lib/nominations/private-link-test-fixtures";
import { holdAuditLock, whileHeld, type Settled } from "@/lib/nominations/race-test-helpers";
import { acceptConsent, updateAppearance } from "@/lib/nominations/record-consent";
import { updateSubmission } from "@/lib/nominations/update-submission";
import { testProvider } from "@/lib/testing/test-databases";

// What happens when a write meets an erasure (or another link) committed
// while it was running. On PostgreSQL the write read the row before the
// other transaction committed; it must not put personal data back into an
// erased row, nor link two nominations to each other. On SQLite (one
// transaction at a time) the same calls run one after the other.

const uploadDir = mkdtempSync(path.join(tmpdir(), "laurel-races-"));
process.env.UPLOAD_DIR = uploadDir;
afterAll(() => rmSync(uploadDir, { recursive: true, force: true }));

const postgres = testProvider() === "postgresql";
const codeOf = (s: Settled<unknown>) => (s.ok ? "resolved" : isAppError(s.error) ? s.error.code : `unexpected: ${String(s.error)}`);
const erase = (nominationId: string) => (tx: Parameters<Parameters<typeof whileHeld>[0]>[0]) =>
  eraseNomination({ nominationId, actorId: null, reason: "organiser_request", tx, now: NOW });

async function askedNominee() {
  const open = await makeOpenProgramme();
  const nomineeEmail = `nominee-${Math.random().toString(36).slice(2)}@example.org`;
  const { nomination, token: manageToken } = await makeSubmission(open, { nomineeEmail });
  await confirmSubmission({ token: manageToken, now: NOW, env: ENV });
  return { open, nomination, manageToken, token: await tokenFromMail(nomineeEmail, "consent_request", "consent") };
}

describe("a write running while the nomination is erased puts nothing back", () => {
  it("the submitter's edit", async () => {
    const open = await makeOpenProgramme();
    const { nomination, token } = await makeSubmission(open, { status: "submitted" });
    const input = {
      nominee: { name: "MARKER-EDIT Name", email: "amira@example.org", birthDate: "2004-05-10", district: "MARKER-EDIT District" },
      nominatorName: "Nora Nominator",
      story: "MARKER-EDIT story",
      answers: { [open.questions.project.id]: "MARKER-EDIT answer" },
      photoUpload: "",
      removePhoto: false,
    };
    const [edit] = await whileHeld(erase(nomination.id), [() => updateSubmission({ token, input, now: NOW, env: ENV })]);
    // PostgreSQL: the edit read the live row, then found it erased when writing. SQLite: the link had gone.
    expect(codeOf(edit)).toBe(postgres ? "conflict" : "not_found");
    const row = await db.nomination.findUniqueOrThrow({ where: { id: nomination.id }, include: { answers: true } });
    expect(row).toMatchObject({ status: "erased", nomineeName: ERASED_NAME, nomineeDistrict: null, story: "", answers: [] });
    expect(JSON.stringify(row)).not.toContain("MARKER-EDIT");
  });

  it("an organiser's correction", async () => {
    const w = await makeModerationWorld(db);
    const n = await makeNomination(db, { programmeId: w.programmeId, categoryId: w.categoryIds[0] });
    const [fix] = await whileHeld(erase(n.id), [
      () => correctNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: n.id, correction: { story: "MARKER-FIX story", answers: {} } }),
    ]);
    expect(codeOf(fix)).toBe(postgres ? "conflict" : "invalid_state");
    const row = await db.nomination.findUniqueOrThrow({ where: { id: n.id } });
    expect(row).toMatchObject({ status: "erased", story: "" });
  });

  it("the nominee's acceptance", async () => {
    const { nomination, token } = await askedNominee();
    const input = { birthDate: "2008-09-15", appearance: { displayName: "chosen_name", chosenName: "MARKER-CHOSEN", showPhoto: true, showDistrict: true }, guardianEmail: "marker.guardian@example.org" };
    const [accept] = await whileHeld(erase(nomination.id), [() => acceptConsent({ token, input, now: NOW, env: ENV })]);
    expect(codeOf(accept)).toBe(postgres ? "conflict" : "not_found");
    const row = await db.nomination.findUniqueOrThrow({ where: { id: nomination.id }, include: { consent: true } });
    expect(row).toMatchObject({ status: "erased", nomineeBirthDate: null, consent: { status: "pending", chosenName: null, guardianEmail: null } });
    expect(await db.outboxEmail.count({ where: { toAddress: "marker.guardian@example.org" } })).toBe(0);
  });

  it("the nominee's change of how they appear", async () => {
    const { nomination, token } = await askedNominee();
    const appearance = { displayName: "first_name", chosenName: "", showPhoto: false, showDistrict: false };
    expect(await acceptConsent({ token, input: { birthDate: "2003-02-14", appearance }, now: NOW, env: ENV })).toMatchObject({ ok: true });
    const [change] = await whileHeld(erase(nomination.id), [
      () => updateAppearance({ token, input: { ...appearance, displayName: "chosen_name", chosenName: "MARKER-CHOSEN" }, now: NOW, env: ENV }),
    ]);
    expect(codeOf(change)).toBe(postgres ? "conflict" : "not_found");
    const consent = await db.nomineeConsent.findUniqueOrThrow({ where: { nominationId: nomination.id } });
    expect(consent).toMatchObject({ chosenName: null, displayName: "first_name" });
  });
});

describe("two opposite links at once", () => {
  for (const [name, link] of [
    ["merges", (w: Awaited<ReturnType<typeof makeModerationWorld>>, from: string, into: string) => mergeNomination({ actor: w.organiser, programmeId: w.programmeId, nominationId: from, intoId: into })],
    ["duplicates", (w: Awaited<ReturnType<typeof makeModerationWorld>>, from: string, of: string) => markDuplicate({ actor: w.organiser, programmeId: w.programmeId, nominationId: from, duplicateOfId: of })],
  ] as const) {
    it(`${name}: one wins, the other fails, and they never point at each other`, async () => {
      const w = await makeModerationWorld(db);
      const a = await makeNomination(db, { programmeId: w.programmeId, categoryId: w.categoryIds[0] });
      const b = await makeNomination(db, { programmeId: w.programmeId, categoryId: w.categoryIds[0] });
      // Both read each other as open before either writes its audit row.
      const outcomes = await whileHeld(holdAuditLock, [() => link(w, a.id, b.id), () => link(w, b.id, a.id)]);
      expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
      const failed = outcomes.find((o) => !o.ok)!;
      expect(codeOf(failed)).toBe(postgres ? "conflict" : "invalid_state");
      const linked = await db.nomination.findMany({ where: { id: { in: [a.id, b.id] }, duplicateOfId: { not: null } } });
      expect(linked).toHaveLength(1);
    });
  }
});
