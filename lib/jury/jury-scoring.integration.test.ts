import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";
import { declareConflict } from "@/lib/jury/declare-conflict";
import { AFTER, BEFORE, fullSheet, makeJuryNomination, makeJuryWorld, type JuryWorld } from "@/lib/jury/jury-fixtures";
import { listJuryCategories } from "@/lib/jury/list-jury-categories";
import { listJuryNominations } from "@/lib/jury/list-jury-nominations";
import { loadJuryNomination } from "@/lib/jury/load-jury-nomination";
import { reopenScoreSheet } from "@/lib/jury/reopen-score-sheet";
import { saveScoreSheetDraft } from "@/lib/jury/save-score-sheet-draft";
import { submitScoreSheet } from "@/lib/jury/submit-score-sheet";
import { withdrawConflict } from "@/lib/jury/withdraw-conflict";

let w: JuryWorld;
let n1: string;
let n2: string;

beforeEach(async () => {
  w = await makeJuryWorld(db);
  n1 = (await makeJuryNomination(db, { programmeId: w.programmeId, categoryId: w.categoryA, nomineeName: "Alma Acker", submittedAt: new Date("2026-03-01T10:00:00Z") })).id;
  n2 = (await makeJuryNomination(db, { programmeId: w.programmeId, categoryId: w.categoryA, nomineeName: "Bodo Berg", submittedAt: new Date("2026-03-02T10:00:00Z") })).id;
});

// One database per file: counts and audit rows are scoped to this test's programme.
const sheetCount = () => db.scoreSheet.count({ where: { nomination: { programmeId: w.programmeId } } });
const conflictCount = () => db.conflictDeclaration.count({ where: { nomination: { programmeId: w.programmeId } } });
const auditOf = (action: string) => db.auditEvent.findFirstOrThrow({ where: { programmeId: w.programmeId, action } });
const sheetsOf = (nominationId: string) => db.scoreSheet.findMany({ where: { nominationId }, include: { scores: true } });
const view = (actor: SessionUser | null, nominationId: string, extra: { continued?: boolean; now?: Date } = {}) =>
  loadJuryNomination({ actor, programmeId: w.programmeId, nominationId, continued: true, now: BEFORE, ...extra });

describe("every juror act refuses the wrong people", () => {
  type Act = (actor: SessionUser | null) => Promise<unknown>;
  const acts: Record<string, Act> = {
    saveScoreSheetDraft: (actor) => saveScoreSheetDraft({ actor, nominationId: n1, sheet: fullSheet(w, 5, 5), now: BEFORE }),
    submitScoreSheet: (actor) => submitScoreSheet({ actor, nominationId: n1, sheet: fullSheet(w, 5, 5), now: BEFORE }),
    reopenScoreSheet: (actor) => reopenScoreSheet({ actor, nominationId: n1, now: BEFORE }),
    loadJuryNomination: (actor) => view(actor, n1),
    listJuryNominations: (actor) => listJuryNominations({ actor, programmeId: w.programmeId, categoryId: w.categoryA, now: BEFORE }),
    declareConflict: (actor) => declareConflict({ actor, nominationId: n1, jurorId: actor?.id ?? w.jurorA1.id, reason: "family", now: BEFORE }),
  };

  for (const [name, act] of Object.entries(acts)) {
    it(`${name}: signed out, an organiser who is no juror, a juror of another category and of another programme are refused`, async () => {
      // A submitted sheet exists, so reopen would work for its juror.
      await submitScoreSheet({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 7, 7), now: BEFORE });
      const before = await db.scoreSheet.findMany({ orderBy: { id: "asc" } });
      await expect(act(null)).rejects.toMatchObject({ code: "unauthenticated" });
      await expect(act(w.jurorB)).rejects.toMatchObject({ code: "forbidden" });
      await expect(act(w.outsider)).rejects.toMatchObject({ code: "forbidden" });
      if (name === "declareConflict") {
        // The organiser manages the jury: recording a conflict for themself fails because they are no juror.
        await expect(act(w.organiser)).rejects.toMatchObject({ code: "invalid_input", fields: { jurorId: "notAJuror" } });
      } else {
        await expect(act(w.organiser)).rejects.toMatchObject({ code: "forbidden" });
      }
      expect(await db.scoreSheet.findMany({ orderBy: { id: "asc" } })).toEqual(before);
      expect(await conflictCount()).toBe(0);
    });
  }

  it("listJuryCategories: refuses signed out, organisers and other programmes' jurors; shows a juror only their own categories", async () => {
    await expect(listJuryCategories({ actor: null, programmeId: w.programmeId })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(listJuryCategories({ actor: w.organiser, programmeId: w.programmeId })).rejects.toMatchObject({ code: "forbidden" });
    await expect(listJuryCategories({ actor: w.outsider, programmeId: w.programmeId })).rejects.toMatchObject({ code: "forbidden" });
    const [mine] = await listJuryCategories({ actor: w.jurorB, programmeId: w.programmeId, now: BEFORE });
    expect(mine.categories.map((c) => c.id)).toEqual([w.categoryB]);
    // A chair is pointed to the ranking and shortlist of their category.
    await db.membership.updateMany({ where: { userId: w.jurorB.id }, data: { isChair: true } });
    const chair = (await loadSessionUser({ db, userId: w.jurorB.id }))!;
    const [chaired] = await listJuryCategories({ actor: chair, programmeId: w.programmeId, now: BEFORE });
    expect(chaired.categories.map((c) => [c.id, c.manageShortlist])).toEqual([[w.categoryB, true]]);
    expect(chaired.isChair).toBe(true);
  });

  it("answers not found for a tampered or unknown nomination id and for one that has not reached the jury", async () => {
    const unmoderated = await makeJuryNomination(db, { programmeId: w.programmeId, categoryId: w.categoryA, status: "submitted" });
    const noConsent = await makeJuryNomination(db, { programmeId: w.programmeId, categoryId: w.categoryA, consent: { status: "pending" } });
    for (const id of [unmoderated.id, noConsent.id, "does-not-exist", "'; drop table--", "x".repeat(500)]) {
      await expect(saveScoreSheetDraft({ actor: w.jurorA1, nominationId: id, sheet: fullSheet(w, 5, 5), now: BEFORE })).rejects.toMatchObject({ code: "not_found" });
      await expect(submitScoreSheet({ actor: w.jurorA1, nominationId: id, sheet: fullSheet(w, 5, 5), now: BEFORE })).rejects.toMatchObject({ code: "not_found" });
      await expect(view(w.jurorA1, id)).rejects.toMatchObject({ code: "not_found" });
    }
    expect(await sheetCount()).toBe(0);
  });

  it("does not show a nomination under another programme's URL", async () => {
    await expect(loadJuryNomination({ actor: w.jurorA1, programmeId: w.otherProgrammeId, nominationId: n1 })).rejects.toMatchObject({ code: "forbidden" });
    await expect(loadJuryNomination({ actor: w.outsider, programmeId: w.otherProgrammeId, nominationId: n1 })).rejects.toMatchObject({ code: "not_found" });
  });

  it("withdrawConflict: signed out, another juror, a juror of another category or programme are refused; the organiser may", async () => {
    const { id } = await declareConflict({ actor: w.jurorA1, nominationId: n1, jurorId: w.jurorA1.id, reason: "knows_nominee", now: BEFORE });
    await expect(withdrawConflict({ actor: null, conflictId: id, now: BEFORE })).rejects.toMatchObject({ code: "unauthenticated" });
    for (const actor of [w.jurorA2, w.jurorB, w.outsider]) {
      await expect(withdrawConflict({ actor, conflictId: id, now: BEFORE })).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(withdrawConflict({ actor: w.jurorA1, conflictId: "nope", now: BEFORE })).rejects.toMatchObject({ code: "not_found" });
    expect(await conflictCount()).toBe(1);
    await withdrawConflict({ actor: w.organiser, conflictId: id, now: BEFORE });
    expect(await conflictCount()).toBe(0);
  });
});

describe("scoring", () => {
  it("keeps a partial draft as typed, and says which comments wait for a score", async () => {
    const [impact, commitment] = w.criteria;
    const saved = await saveScoreSheetDraft({
      actor: w.jurorA1,
      nominationId: n1,
      sheet: { scores: { [impact]: { value: 8, comment: "  Runs the youth club  " }, [commitment]: { value: null, comment: "Ask about hours" } }, overallNote: "Strong" },
      now: BEFORE,
    });
    expect(saved.unsavedComments).toEqual([commitment]);
    const v = await view(w.jurorA1, n1);
    expect(v.sheet).toMatchObject({ status: "draft", overallNote: "Strong", scores: { [impact]: { value: 8, comment: "Runs the youth club" } } });
    expect(v.sheet!.scores[commitment]).toBeUndefined();

    // Saving again replaces: one sheet, the new values.
    await saveScoreSheetDraft({ actor: w.jurorA1, nominationId: n1, sheet: { scores: { [impact]: { value: 3, comment: "" } }, overallNote: "" }, now: BEFORE });
    const sheets = await sheetsOf(n1);
    expect(sheets).toHaveLength(1);
    expect(sheets[0].scores.map((s) => [s.value, s.comment])).toEqual([[3, null]]);
    expect(sheets[0].overallNote).toBeNull();
  });

  it("refuses bad input with field messages and keeps the last good draft", async () => {
    const [impact, commitment] = w.criteria;
    await saveScoreSheetDraft({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 6, 6, "kept"), now: BEFORE });
    const bad: [unknown, Record<string, string>][] = [
      [{ scores: { [impact]: { value: 11, comment: "" } } }, { [`scores.${impact}.value`]: "outOfScale" }],
      [{ scores: { [impact]: { value: 0, comment: "" } } }, { [`scores.${impact}.value`]: "outOfScale" }],
      [{ scores: { [impact]: { value: 6.5, comment: "" } } }, { [`scores.${impact}.value`]: "notWholeNumber" }],
      [{ scores: { [impact]: { value: Number.NaN, comment: "" } } }, { [`scores.${impact}.value`]: "notANumber" }],
      [{ scores: { [impact]: { value: "7", comment: "" } } }, { [`scores.${impact}.value`]: "notANumber" }],
      [{ scores: { someoneElsesCriterion: { value: 5, comment: "" } } }, { scores: "unknownCriterion" }],
      [{ scores: { [commitment]: { value: 5, comment: "x".repeat(1024 * 1024) } } }, { [`scores.${commitment}.comment`]: "tooLong" }],
      [{ scores: {}, overallNote: "y".repeat(5000) }, { overallNote: "tooLong" }],
      [{ scores: {}, overallNote: "bell\u0007" }, { overallNote: "invalidCharacters" }],
    ];
    for (const [sheet, fields] of bad) {
      await expect(saveScoreSheetDraft({ actor: w.jurorA1, nominationId: n1, sheet, now: BEFORE })).rejects.toMatchObject({ code: "invalid_input", fields });
      await expect(submitScoreSheet({ actor: w.jurorA1, nominationId: n1, sheet, now: BEFORE })).rejects.toMatchObject({ code: "invalid_input" });
    }
    const [sheet] = await sheetsOf(n1);
    expect(sheet.status).toBe("draft");
    expect(sheet.overallNote).toBe("kept");
    expect(sheet.scores.map((s) => s.value).sort()).toEqual([6, 6]);
  });

  it("submits only a complete sheet, records it in the audit log without values, and replaces it when submitted again", async () => {
    const [impact, commitment] = w.criteria;
    await expect(
      submitScoreSheet({ actor: w.jurorA1, nominationId: n1, sheet: { scores: { [impact]: { value: 9, comment: "" } }, overallNote: "" }, now: BEFORE }),
    ).rejects.toMatchObject({ code: "invalid_input", fields: { [`scores.${commitment}.value`]: "scoreRequired" } });
    expect(await sheetCount()).toBe(0);

    const { sheetId } = await submitScoreSheet({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 9, 4, "secret note"), now: BEFORE });
    await submitScoreSheet({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 8, 5), now: BEFORE });
    const sheets = await sheetsOf(n1);
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toMatchObject({ id: sheetId, status: "submitted", submittedAt: BEFORE });
    expect(Object.fromEntries(sheets[0].scores.map((s) => [s.criterionId, s.value]))).toEqual({ [impact]: 8, [commitment]: 5 });

    const audit = await db.auditEvent.findMany({ where: { entityId: sheetId }, orderBy: { seq: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["score_sheet.submitted", w.jurorA1.id],
      ["score_sheet.submitted", w.jurorA1.id],
    ]);
    expect(audit[0].data).toEqual({ nominationId: n1, from: null, to: "submitted" });
    expect(JSON.stringify(audit)).not.toMatch(/secret note|Impact 9/);
    expect((await verifyAuditLog(db)).problem).toBeNull();

    // A late autosave from another tab does not turn it back into a draft.
    await expect(saveScoreSheetDraft({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 1, 1), now: BEFORE })).rejects.toMatchObject({
      code: "invalid_state",
      message: "sheetSubmitted",
    });
  });

  it("reopens a submitted sheet before the deadline, not after it", async () => {
    await expect(reopenScoreSheet({ actor: w.jurorA1, nominationId: n1, now: BEFORE })).rejects.toMatchObject({ code: "invalid_state", message: "sheetNotSubmitted" });
    const { sheetId } = await submitScoreSheet({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 9, 4), now: BEFORE });
    await reopenScoreSheet({ actor: w.jurorA1, nominationId: n1, now: BEFORE });
    expect(await db.scoreSheet.findUniqueOrThrow({ where: { id: sheetId } })).toMatchObject({ status: "draft", submittedAt: null });
    const reopened = await db.auditEvent.findFirstOrThrow({ where: { entityId: sheetId, action: "score_sheet.reopened" } });
    expect(reopened.data).toEqual({ nominationId: n1, from: "submitted", to: "draft" });

    await submitScoreSheet({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 9, 4), now: BEFORE });
    await expect(reopenScoreSheet({ actor: w.jurorA1, nominationId: n1, now: AFTER })).rejects.toMatchObject({ code: "invalid_state", message: "deadlinePassed" });
    await expect(submitScoreSheet({ actor: w.jurorA1, nominationId: n2, sheet: fullSheet(w, 9, 4), now: AFTER })).rejects.toMatchObject({ message: "deadlinePassed" });
    await expect(saveScoreSheetDraft({ actor: w.jurorA1, nominationId: n2, sheet: fullSheet(w, 9, 4), now: AFTER })).rejects.toMatchObject({ message: "deadlinePassed" });
    expect((await db.scoreSheet.findUniqueOrThrow({ where: { id: sheetId } })).status).toBe("submitted");
    expect(await sheetsOf(n2)).toEqual([]);
  });

  it("closes scoring outside the jury phase and once the category's shortlist is locked", async () => {
    await submitScoreSheet({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 9, 4), now: BEFORE });
    await db.category.update({ where: { id: w.categoryA }, data: { shortlistLockedAt: BEFORE } });
    await expect(reopenScoreSheet({ actor: w.jurorA1, nominationId: n1, now: BEFORE })).rejects.toMatchObject({ message: "shortlistLocked" });
    await expect(submitScoreSheet({ actor: w.jurorA2, nominationId: n1, sheet: fullSheet(w, 9, 4), now: BEFORE })).rejects.toMatchObject({ message: "shortlistLocked" });
    expect((await view(w.jurorA1, n1)).closed).toBe("shortlistLocked");

    await db.category.update({ where: { id: w.categoryA }, data: { shortlistLockedAt: null } });
    await db.programme.update({ where: { id: w.programmeId }, data: { phase: "moderation" } });
    await expect(saveScoreSheetDraft({ actor: w.jurorA2, nominationId: n1, sheet: fullSheet(w, 9, 4), now: BEFORE })).rejects.toMatchObject({ message: "notJuryPhase" });
    expect(await sheetCount()).toBe(1);
  });

  it("counts two jurors submitting at the same moment, and one juror's racing saves make one sheet", async () => {
    await Promise.all([
      submitScoreSheet({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 9, 4), now: BEFORE }),
      submitScoreSheet({ actor: w.jurorA2, nominationId: n1, sheet: fullSheet(w, 3, 2), now: BEFORE }),
    ]);
    expect((await sheetsOf(n1)).map((s) => s.status)).toEqual(["submitted", "submitted"]);

    await Promise.all([1, 2, 3].map((v) => saveScoreSheetDraft({ actor: w.jurorA1, nominationId: n2, sheet: fullSheet(w, v, v), now: BEFORE })));
    const sheets = await sheetsOf(n2);
    expect(sheets).toHaveLength(1);
    expect(sheets[0].scores).toHaveLength(2);
  });
});

describe("conflicts of interest", () => {
  it("hides the details, deletes the juror's sheet, blocks scoring and takes the nomination out of their count", async () => {
    await saveScoreSheetDraft({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 9, 4), now: BEFORE });
    const { id } = await declareConflict({ actor: w.jurorA1, nominationId: n1, jurorId: w.jurorA1.id, reason: "family", note: "My cousin", now: BEFORE });

    const v = await view(w.jurorA1, n1);
    expect(v.step).toBe("conflicted");
    expect(v.details).toBeNull();
    expect(v.sheet).toBeNull();
    expect(v.others).toEqual({ visible: false, sheets: [] });
    expect(v.conflict).toMatchObject({ id, reason: "family", note: "My cousin", declaredByMe: true, withdrawClosed: null });
    expect(JSON.stringify(v)).not.toContain("Story");
    expect(await sheetsOf(n1)).toEqual([]);

    await expect(saveScoreSheetDraft({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 9, 4), now: BEFORE })).rejects.toMatchObject({ message: "conflictDeclared" });
    await expect(submitScoreSheet({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 9, 4), now: BEFORE })).rejects.toMatchObject({ message: "conflictDeclared" });

    const list = await listJuryNominations({ actor: w.jurorA1, programmeId: w.programmeId, categoryId: w.categoryA, now: BEFORE });
    expect(list.nominations.map((n) => n.state)).toEqual(["conflict", "not_started"]);
    expect(list.progress).toEqual({ scored: 0, total: 1 });

    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "conflict.declared", entityId: id } });
    expect(audit.data).toMatchObject({ nominationId: n1, jurorId: w.jurorA1.id, reason: "family", onBehalf: false, deletedSheet: { status: "draft" } });
    expect(JSON.stringify(audit)).not.toContain("cousin");

    await expect(declareConflict({ actor: w.jurorA1, nominationId: n1, jurorId: w.jurorA1.id, reason: "other", now: BEFORE })).rejects.toMatchObject({
      code: "conflict",
      message: "conflictAlreadyDeclared",
    });
  });

  it("lets an organiser record a conflict for a juror, whose submitted scores then stop counting", async () => {
    await submitScoreSheet({ actor: w.jurorA2, nominationId: n1, sheet: fullSheet(w, 2, 2, "A2 thinks"), now: BEFORE });
    await submitScoreSheet({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 9, 9), now: BEFORE });
    expect((await view(w.jurorA1, n1)).others.sheets.map((s) => s.jurorName)).toEqual(["Ben Juror"]);

    await declareConflict({ actor: w.organiser, nominationId: n1, jurorId: w.jurorA2.id, reason: "same_organisation", note: "Organiser's note", now: BEFORE });
    const a2 = await view(w.jurorA2, n1);
    expect(a2.conflict).toMatchObject({ declaredByMe: false, note: null, reason: "same_organisation" });
    expect((await view(w.jurorA1, n1)).others.sheets).toEqual([]);
    const audit = await auditOf("conflict.declared");
    expect(audit).toMatchObject({ actorId: w.organiser.id, data: { onBehalf: true, jurorId: w.jurorA2.id } });

    // For someone who does not judge the category: refused, nothing recorded.
    await expect(declareConflict({ actor: w.organiser, nominationId: n1, jurorId: w.jurorB.id, reason: "other", now: BEFORE })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(declareConflict({ actor: w.organiser, nominationId: n1, jurorId: w.jurorA1.id, reason: "bribery", now: BEFORE })).rejects.toMatchObject({
      code: "invalid_input",
      fields: { reason: "reasonRequired" },
    });
    await expect(declareConflict({ actor: w.jurorA1, nominationId: n1, jurorId: w.jurorA2.id, reason: "other", now: BEFORE })).rejects.toMatchObject({ code: "forbidden" });
    expect(await conflictCount()).toBe(1);
  });

  it("can be declared after the deadline but not once the shortlist is locked; withdrawn only before the deadline", async () => {
    const late = await declareConflict({ actor: w.jurorA1, nominationId: n1, jurorId: w.jurorA1.id, reason: "other", now: AFTER });
    await expect(withdrawConflict({ actor: w.jurorA1, conflictId: late.id, now: AFTER })).rejects.toMatchObject({ code: "invalid_state", message: "deadlinePassed" });
    expect((await view(w.jurorA1, n1, { now: AFTER })).conflict?.withdrawClosed).toBe("deadlinePassed");

    const early = await declareConflict({ actor: w.jurorA1, nominationId: n2, jurorId: w.jurorA1.id, reason: "other", now: BEFORE });
    await withdrawConflict({ actor: w.jurorA1, conflictId: early.id, now: BEFORE });
    expect((await view(w.jurorA1, n2)).step).toBe("details");
    const withdrawn = await auditOf("conflict.withdrawn");
    expect(withdrawn.data).toEqual({ nominationId: n2, jurorId: w.jurorA1.id, reason: "other", onBehalf: false });

    await db.category.update({ where: { id: w.categoryA }, data: { shortlistLockedAt: BEFORE } });
    await expect(declareConflict({ actor: w.jurorA2, nominationId: n2, jurorId: w.jurorA2.id, reason: "other", now: BEFORE })).rejects.toMatchObject({
      code: "invalid_state",
      message: "shortlistLocked",
    });
  });
});

describe("what a juror sees", () => {
  it("shows only the title until the juror continues past the conflict step, or once they started a sheet", async () => {
    const first = await view(w.jurorA1, n1, { continued: false });
    expect(first).toMatchObject({ step: "conflict_check", details: null, sheet: null, nomination: { title: "Alma Acker", number: 1, total: 2 } });
    expect(JSON.stringify(first)).not.toContain("Story");
    const continued = await view(w.jurorA1, n1, { continued: true });
    expect(continued.step).toBe("details");
    expect(continued.details!.stories[0].story).toMatch(/^Story /);
    expect(continued.next).toEqual({ id: n2, number: 2, title: "Bodo Berg" });
    expect(continued.previous).toBeNull();

    await saveScoreSheetDraft({ actor: w.jurorA1, nominationId: n2, sheet: { scores: {}, overallNote: "" }, now: BEFORE });
    expect((await view(w.jurorA1, n2, { continued: false })).step).toBe("details");
  });

  it("shows stories of merged nominations, jury and public answers and the photo, never contact data", async () => {
    const n = await db.nomination.findUniqueOrThrow({ where: { id: n1 } });
    await db.nomination.update({ where: { id: n1 }, data: { nomineeDistrict: "Gostenhof", nomineeBirthDate: new Date("2010-05-05") } });
    await makeJuryNomination(db, { programmeId: w.programmeId, categoryId: w.categoryA, status: "merged", nominatorName: "Second Voice", story: "Merged story" }).then((m) =>
      db.nomination.update({ where: { id: m.id }, data: { duplicateOfId: n1 } }),
    );
    const q = (visibility: string, position: number) =>
      db.formQuestion.create({ data: { categoryId: w.categoryA, type: "short_text", label: { en: `Q ${visibility}` }, visibility, position } });
    const [qJury, qPublic, qOrganisers] = [await q("jury", 0), await q("public", 1), await q("organisers", 2)];
    for (const [question, value] of [[qJury, "For the jury"], [qPublic, "For everyone"], [qOrganisers, "Phone 0911 123456"]] as const) {
      await db.nominationAnswer.create({ data: { nominationId: n1, questionId: question.id, value } });
    }
    const attach = (questionId: string | null, kind: string) =>
      db.attachment.create({ data: { nominationId: n1, questionId, kind, storageKey: `k-${Math.random()}`, mimeType: kind === "photo" ? "image/jpeg" : "application/pdf", sizeBytes: 10, sha256: "x" } });
    const photo = await attach(null, "photo");
    const juryFile = await attach(qJury.id, "document");
    await attach(qOrganisers.id, "document");

    const v = await view(w.jurorA1, n1);
    expect(v.details!.stories.map((s) => [s.story, s.authorName])).toEqual([
      [n.story, n.nominatorName],
      ["Merged story", "Second Voice"],
    ]);
    expect(v.details!.answers.map((a) => a.value)).toEqual([{ text: "For the jury" }, { text: "For everyone" }]);
    expect(v.details!.photoId).toBe(photo.id);
    expect(v.details!.files.map((f) => f.id)).toEqual([juryFile.id]);
    const json = JSON.stringify(v);
    for (const secret of ["@example.org", "Gostenhof", "2010-05-05", "0911"]) expect(json).not.toContain(secret);
  });

  it("hides names and photos from jurors everywhere in blind mode", async () => {
    const blind = await makeJuryWorld(db, { blind: true });
    const a = await makeJuryNomination(db, { programmeId: blind.programmeId, categoryId: blind.categoryA, nomineeName: "Hidden Person", nominatorName: "Hidden Nominator", submittedAt: new Date("2026-03-01") });
    const b = await makeJuryNomination(db, { programmeId: blind.programmeId, categoryId: blind.categoryA, nomineeKind: "group", nomineeName: "Contact", groupName: "Hidden Group", submittedAt: new Date("2026-03-02") });
    await db.attachment.create({ data: { nominationId: a.id, kind: "photo", storageKey: "blind-photo", mimeType: "image/jpeg", sizeBytes: 1, sha256: "x" } });

    const list = await listJuryNominations({ actor: blind.jurorA1, programmeId: blind.programmeId, categoryId: blind.categoryA, now: BEFORE });
    expect(list.nominations.map((n) => [n.number, n.title])).toEqual([
      [1, null],
      [2, null],
    ]);
    for (const continued of [false, true]) {
      const v = await loadJuryNomination({ actor: blind.jurorA1, programmeId: blind.programmeId, nominationId: a.id, continued, now: BEFORE });
      expect(v.nomination).toMatchObject({ number: 1, title: null });
      expect(v.next).toEqual({ id: b.id, number: 2, title: null });
      const json = JSON.stringify(v);
      for (const name of ["Hidden", "Contact"]) expect(json).not.toContain(name);
    }
    const details = (await loadJuryNomination({ actor: blind.jurorA1, programmeId: blind.programmeId, nominationId: a.id, continued: true, now: BEFORE })).details!;
    expect(details.photoId).toBeNull();
    expect(details.stories[0].authorName).toBeNull();
    expect(JSON.stringify(list)).not.toContain("Hidden");
  });
});

describe("other jurors' scores", () => {
  it("after_own: hidden until the juror submitted their own sheet, hidden again while it is reopened", async () => {
    await submitScoreSheet({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 9, 6, "A1 overall"), now: BEFORE });
    expect((await view(w.jurorA2, n1)).others).toEqual({ visible: false, sheets: [] });
    await saveScoreSheetDraft({ actor: w.jurorA2, nominationId: n1, sheet: fullSheet(w, 4, 4), now: BEFORE });
    expect((await view(w.jurorA2, n1)).others).toEqual({ visible: false, sheets: [] });
    expect(JSON.stringify(await view(w.jurorA2, n1))).not.toContain("A1 overall");

    await submitScoreSheet({ actor: w.jurorA2, nominationId: n1, sheet: fullSheet(w, 4, 4), now: BEFORE });
    const others = (await view(w.jurorA2, n1)).others;
    expect(others.visible).toBe(true);
    expect(others.sheets).toHaveLength(1);
    expect(others.sheets[0]).toMatchObject({ jurorName: "Ada Juror", overallNote: "A1 overall", weighted: 8 });
    expect(others.sheets[0].scores.find((s) => s.criterionId === w.criteria[0])).toMatchObject({ value: 9, comment: "Impact 9" });

    await reopenScoreSheet({ actor: w.jurorA2, nominationId: n1, now: BEFORE });
    expect((await view(w.jurorA2, n1)).others.visible).toBe(false);
  });

  it("after_review: hidden during the jury phase even after submitting, shown once the phase is over", async () => {
    const r = await makeJuryWorld(db, { visibility: "after_review" });
    const n = await makeJuryNomination(db, { programmeId: r.programmeId, categoryId: r.categoryA });
    await submitScoreSheet({ actor: r.jurorA1, nominationId: n.id, sheet: fullSheet(r, 9, 6), now: BEFORE });
    await submitScoreSheet({ actor: r.jurorA2, nominationId: n.id, sheet: fullSheet(r, 3, 3), now: BEFORE });
    const load = () => loadJuryNomination({ actor: r.jurorA2, programmeId: r.programmeId, nominationId: n.id, continued: true, now: BEFORE });
    expect((await load()).others).toEqual({ visible: false, sheets: [] });
    await db.programme.update({ where: { id: r.programmeId }, data: { phase: "public_vote" } });
    const after = await load();
    expect(after.others.visible).toBe(true);
    expect(after.others.sheets.map((s) => s.jurorName)).toEqual(["Ada Juror"]);
    expect(after.closed).toBe("notJuryPhase");
  });
});

describe("jury home and lists", () => {
  it("counts submitted sheets against the nominations that reached the jury minus conflicts, with the deadline", async () => {
    await makeJuryNomination(db, { programmeId: w.programmeId, categoryId: w.categoryA, status: "submitted" });
    const n3 = (await makeJuryNomination(db, { programmeId: w.programmeId, categoryId: w.categoryA, submittedAt: new Date("2026-03-03T10:00:00Z") })).id;
    await submitScoreSheet({ actor: w.jurorA1, nominationId: n1, sheet: fullSheet(w, 9, 6), now: BEFORE });
    await saveScoreSheetDraft({ actor: w.jurorA1, nominationId: n2, sheet: fullSheet(w, 9, 6), now: BEFORE });
    await declareConflict({ actor: w.jurorA1, nominationId: n3, jurorId: w.jurorA1.id, reason: "family", now: BEFORE });

    const [home] = await listJuryCategories({ actor: w.jurorA1, now: BEFORE });
    expect(home).toMatchObject({ programmeId: w.programmeId, phase: "jury_review", deadline: new Date("2026-06-30T21:59:00Z"), timeZone: "Europe/Berlin" });
    expect(home.categories).toEqual([{ id: w.categoryA, name: "Young volunteer", scored: 1, total: 2, conflicts: 1, closed: null, manageShortlist: false }]);
    const [late] = await listJuryCategories({ actor: w.jurorA1, now: AFTER });
    expect(late.categories[0].closed).toBe("deadlinePassed");

    const list = await listJuryNominations({ actor: w.jurorA1, programmeId: w.programmeId, categoryId: w.categoryA, now: BEFORE });
    expect(list.nominations.map((n) => [n.title, n.state])).toEqual([
      ["Alma Acker", "submitted"],
      ["Bodo Berg", "draft"],
      [expect.any(String), "conflict"],
    ]);
    // Another juror's progress is their own.
    const [other] = await listJuryCategories({ actor: w.jurorA2, now: BEFORE });
    expect(other.categories[0]).toMatchObject({ scored: 0, total: 3, conflicts: 0 });
    // The organiser is no juror: the jury home is empty for them... and closed to them.
    await expect(listJuryCategories({ actor: w.organiser })).rejects.toMatchObject({ code: "forbidden" });
    expect(await listJuryCategories({ actor: w.outsider })).toHaveLength(1);
  });

  it("refuses a category of another programme under this programme's URL", async () => {
    await expect(listJuryNominations({ actor: w.jurorA1, programmeId: w.programmeId, categoryId: "missing" })).rejects.toMatchObject({ code: "not_found" });
    await expect(listJuryNominations({ actor: w.jurorA1, programmeId: w.programmeId, categoryId: w.categoryB })).rejects.toMatchObject({ code: "forbidden" });
  });
});
