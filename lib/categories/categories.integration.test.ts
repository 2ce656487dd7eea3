import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";
import { archiveQuestion } from "@/lib/categories/archive-question";
import { categoryEligibilityRule } from "@/lib/categories/category-eligibility-rule";
import { createCategory } from "@/lib/categories/create-category";
import { createQuestion } from "@/lib/categories/create-question";
import { deleteCategory } from "@/lib/categories/delete-category";
import { getCategoryForEditing } from "@/lib/categories/get-category";
import { listQuestions } from "@/lib/categories/list-questions";
import { reorderCategories } from "@/lib/categories/reorder-categories";
import { reorderQuestions } from "@/lib/categories/reorder-questions";
import { saveCriteria } from "@/lib/categories/save-criteria";
import { updateCategory } from "@/lib/categories/update-category";
import { updateQuestion } from "@/lib/categories/update-question";
import { ZCategoryForm, type TCategoryInput } from "@/lib/validation/category";
import { questionFormSchema } from "@/lib/validation/form-question";

const young: TCategoryInput = ZCategoryForm.parse({
  name: "Young volunteer of the year",
  prizeKind: "money",
  prizeAmount: "500",
  prizeCurrency: "GBP",
  winnerCount: "1",
  finalistCount: "3",
  nomineeKind: "individual",
  minAge: "16",
  maxAge: "25",
  ageReference: "date",
  ageReferenceDate: "2027-01-31",
  submissionMode: "both",
  voteAreas: "Easton\nSt Pauls\neaston",
  scoreScaleMin: "1",
  scoreScaleMax: "10",
});
const question = (over: Record<string, string> = {}) =>
  questionFormSchema("en").parse({ type: "short_text", labelEn: "Your role", labelDe: "Ihre Rolle", visibility: "jury", ...over });

async function actor(userId: string): Promise<SessionUser> {
  return (await loadSessionUser({ db, userId }))!;
}

let programmeId: string;
let organiser: SessionUser;
let juror: SessionUser;
let outsider: SessionUser;
let otherProgrammeId: string;

beforeEach(async () => {
  const { programme } = await makeProgramme(db);
  await db.programme.update({ where: { id: programme.id }, data: { timeZone: "Europe/London" } });
  programmeId = programme.id;
  const other = await makeProgramme(db);
  otherProgrammeId = other.programme.id;
  const [o, j, x] = await Promise.all([makeUser(db), makeUser(db), makeUser(db)]);
  await makeMembership(db, { userId: o.id, programmeId, role: "organiser" });
  await makeMembership(db, { userId: j.id, programmeId, role: "juror" });
  await makeMembership(db, { userId: x.id, programmeId: otherProgrammeId, role: "organiser" });
  [organiser, juror, outsider] = await Promise.all([actor(o.id), actor(j.id), actor(x.id)]);
});

async function snapshot() {
  return {
    categories: await db.category.count(),
    criteria: await db.criterion.count(),
    questions: await db.formQuestion.count(),
    audit: await db.auditEvent.count(),
    positions: (await db.category.findMany({ orderBy: { id: "asc" }, select: { position: true, name: true } })),
  };
}

async function nominationWithAnswer(categoryId: string, questionId: string, value: unknown) {
  const nomination = await db.nomination.create({
    data: { programmeId, categoryId, kind: "nomination", status: "submitted", nomineeName: "Amina" },
  });
  await db.nominationAnswer.create({ data: { nominationId: nomination.id, questionId, value: value as never } });
  return nomination;
}

describe("categories", () => {
  it("creates a category with its rules, in the programme's time zone, with an audit event", async () => {
    const created = await createCategory({ actor: organiser, input: { programmeId, category: young } });
    const row = await db.category.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({ prizeAmountMinor: 50000, prizeCurrency: "GBP", minAge: 16, maxAge: 25, position: 0 });
    expect(row.voteAreas).toEqual(["Easton", "St Pauls"]);
    expect(categoryEligibilityRule(row, "Europe/London").referenceDate).toEqual({ year: 2027, month: 1, day: 31 });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: created.id } });
    expect(event).toMatchObject({ action: "category.created", actorId: organiser.id, programmeId });
    expect((await verifyAuditLog(db)).problem).toBeNull();
  });

  it("records only the changed fields on update and clears vote areas", async () => {
    const { id } = await createCategory({ actor: organiser, input: { programmeId, category: young } });
    const result = await updateCategory({
      actor: organiser,
      input: { programmeId, categoryId: id, category: { ...young, winnerCount: 2, voteAreas: [] } },
    });
    expect(result.changed.sort()).toEqual(["voteAreas", "winnerCount"]);
    const row = await db.category.findUniqueOrThrow({ where: { id } });
    expect(row.voteAreas).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "category.updated" } });
    expect(event.data).toEqual({ changes: { winnerCount: { from: 1, to: 2 }, voteAreas: { from: ["Easton", "St Pauls"], to: null } } });
    const form = await getCategoryForEditing({ actor: organiser, programmeId, categoryId: id });
    expect(form.form.ageReferenceDate).toBe("2027-01-31");
    expect(form.form.prizeAmount).toBe("500");
  });

  it("refuses bad input in the domain too and writes nothing", async () => {
    const before = await snapshot();
    await expect(createCategory({ actor: organiser, input: { programmeId, category: { ...young, prizeAmountMinor: -100 } } })).rejects.toMatchObject({
      code: "invalid_input",
      message: "prizeNegative",
    });
    await expect(createCategory({ actor: organiser, input: { programmeId, category: { ...young, winnerCount: 5 } } })).rejects.toMatchObject({
      message: "winnersAboveFinalists",
    });
    expect(await snapshot()).toEqual(before);
  });

  it("reorders categories up and down and keeps positions 0..n-1", async () => {
    const a = await createCategory({ actor: organiser, input: { programmeId, category: { ...young, name: "A" } } });
    const b = await createCategory({ actor: organiser, input: { programmeId, category: { ...young, name: "B" } } });
    const c = await createCategory({ actor: organiser, input: { programmeId, category: { ...young, name: "C" } } });
    await reorderCategories({ actor: organiser, input: { programmeId, categoryId: c.id, direction: "up" } });
    const order = await db.category.findMany({ where: { programmeId }, orderBy: { position: "asc" }, select: { name: true, position: true } });
    expect(order).toEqual([{ name: "A", position: 0 }, { name: "C", position: 1 }, { name: "B", position: 2 }]);
    const audit = await db.auditEvent.count();
    expect((await reorderCategories({ actor: organiser, input: { programmeId, categoryId: a.id, direction: "up" } })).moved).toBe(false);
    expect(await db.auditEvent.count()).toBe(audit);
    await deleteCategory({ actor: organiser, input: { programmeId, categoryId: a.id } });
    expect(await db.category.findMany({ where: { programmeId }, orderBy: { position: "asc" }, select: { id: true, position: true } })).toEqual([
      { id: c.id, position: 0 },
      { id: b.id, position: 1 },
    ]);
  });

  it("refuses to delete a category once nominations arrived", async () => {
    const { id } = await createCategory({ actor: organiser, input: { programmeId, category: young } });
    await db.nomination.create({ data: { programmeId, categoryId: id, kind: "application", nomineeName: "Amina" } });
    await expect(deleteCategory({ actor: organiser, input: { programmeId, categoryId: id } })).rejects.toMatchObject({ message: "categoryHasNominations" });
    expect(await db.category.count({ where: { id } })).toBe(1);
  });

  it("refuses nobody, a juror and another programme's organiser, writing nothing", async () => {
    const { id } = await createCategory({ actor: organiser, input: { programmeId, category: young } });
    const q = await createQuestion({ actor: organiser, input: { programmeId, categoryId: id, question: question() } });
    const before = await snapshot();
    const attempts = (who: SessionUser | null) => [
      () => createCategory({ actor: who, input: { programmeId, category: young } }),
      () => updateCategory({ actor: who, input: { programmeId, categoryId: id, category: { ...young, name: "Taken over" } } }),
      () => deleteCategory({ actor: who, input: { programmeId, categoryId: id } }),
      () => reorderCategories({ actor: who, input: { programmeId, categoryId: id, direction: "down" } }),
      () => saveCriteria({ actor: who, input: { programmeId, categoryId: id, criteria: [{ name: "X", description: "", weight: 1 }] } }),
      () => createQuestion({ actor: who, input: { programmeId, categoryId: id, question: question() } }),
      () => updateQuestion({ actor: who, input: { programmeId, categoryId: id, questionId: q.id, question: question({ labelEn: "Changed" }) } }),
      () => archiveQuestion({ actor: who, input: { programmeId, categoryId: id, questionId: q.id } }),
      () => reorderQuestions({ actor: who, input: { programmeId, categoryId: id, questionId: q.id, direction: "up" } }),
      () => getCategoryForEditing({ actor: who, programmeId, categoryId: id }),
      () => listQuestions({ actor: who, programmeId, categoryId: id }),
    ];
    // Called one at a time, so each refusal is checked as it happens.
    for (const attempt of attempts(null)) await expect(attempt()).rejects.toMatchObject({ code: "unauthenticated" });
    for (const attempt of attempts(juror)) await expect(attempt()).rejects.toMatchObject({ code: "forbidden" });
    for (const attempt of attempts(outsider)) await expect(attempt()).rejects.toMatchObject({ code: "forbidden" });
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a category of another programme passed with this programme's id", async () => {
    const foreign = await db.category.create({ data: { programmeId: otherProgrammeId, name: "Theirs" } });
    const before = await snapshot();
    await expect(updateCategory({ actor: organiser, input: { programmeId, categoryId: foreign.id, category: young } })).rejects.toMatchObject({
      code: "forbidden",
    });
    // Even their own organiser cannot reach it through this programme's URL.
    await expect(updateCategory({ actor: outsider, input: { programmeId, categoryId: foreign.id, category: young } })).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(deleteCategory({ actor: outsider, input: { programmeId, categoryId: foreign.id } })).rejects.toMatchObject({ code: "not_found" });
    expect(await snapshot()).toEqual(before);
  });
});

describe("criteria", () => {
  it("adds, reorders and removes criteria, and refuses to remove one with scores", async () => {
    const { id } = await createCategory({ actor: organiser, input: { programmeId, category: young } });
    await saveCriteria({
      actor: organiser,
      input: { programmeId, categoryId: id, criteria: [{ name: "Impact", description: "", weight: 2 }, { name: "Reach", description: "", weight: 1 }] },
    });
    let rows = await db.criterion.findMany({ where: { categoryId: id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.name, r.weight, r.position])).toEqual([["Impact", 2, 0], ["Reach", 1, 1]]);
    const [impact, reach] = rows;
    await saveCriteria({
      actor: organiser,
      input: { programmeId, categoryId: id, criteria: [{ id: reach.id, name: "Reach", description: "", weight: 1 }, { id: impact.id, name: "Impact", description: "", weight: 3 }] },
    });
    rows = await db.criterion.findMany({ where: { categoryId: id }, orderBy: { position: "asc" } });
    expect(rows.map((r) => [r.id, r.weight])).toEqual([[reach.id, 1], [impact.id, 3]]);

    const nomination = await db.nomination.create({ data: { programmeId, categoryId: id, kind: "nomination", nomineeName: "Amina" } });
    const jurorUser = await db.user.findUniqueOrThrow({ where: { id: juror.id } });
    const sheet = await db.scoreSheet.create({ data: { nominationId: nomination.id, jurorId: jurorUser.id } });
    await db.score.create({ data: { sheetId: sheet.id, criterionId: impact.id, value: 7 } });
    const before = await snapshot();
    await expect(
      saveCriteria({ actor: organiser, input: { programmeId, categoryId: id, criteria: [{ id: reach.id, name: "Reach", description: "", weight: 1 }] } }),
    ).rejects.toMatchObject({ code: "invalid_state", message: "criterionHasScores" });
    await expect(
      saveCriteria({ actor: organiser, input: { programmeId, categoryId: id, criteria: [{ name: "Bad", description: "", weight: 0 }] } }),
    ).rejects.toMatchObject({ code: "invalid_input", message: "weightPositive" });
    expect(await snapshot()).toEqual(before);
    // Removing the unscored one is fine.
    await saveCriteria({ actor: organiser, input: { programmeId, categoryId: id, criteria: [{ id: impact.id, name: "Impact", description: "", weight: 3 }] } });
    expect(await db.criterion.count({ where: { categoryId: id } })).toBe(1);
  });
});

describe("form questions", () => {
  it("refuses a question without a label in the programme's default language", async () => {
    const { id } = await createCategory({ actor: organiser, input: { programmeId, category: young } });
    await db.programme.update({ where: { id: programmeId }, data: { defaultLocale: "de" } });
    const before = await snapshot();
    await expect(
      createQuestion({ actor: organiser, input: { programmeId, categoryId: id, question: question({ labelDe: "" }) } }),
    ).rejects.toMatchObject({ code: "invalid_input", message: "labelRequiredDefault" });
    expect(await snapshot()).toEqual(before);
  });

  it("keeps answers when a question is edited, reordered or archived, and locks its type", async () => {
    const { id } = await createCategory({ actor: organiser, input: { programmeId, category: young } });
    const choice = question({ type: "choice", options: "Weekly | Wöchentlich\nMonthly | Monatlich" });
    const q1 = await createQuestion({ actor: organiser, input: { programmeId, categoryId: id, question: choice } });
    const q2 = await createQuestion({ actor: organiser, input: { programmeId, categoryId: id, question: question({ labelEn: "Since when?", type: "date" }) } });
    const nomination = await nominationWithAnswer(id, q1.id, "monthly");

    await updateQuestion({
      actor: organiser,
      input: { programmeId, categoryId: id, questionId: q1.id, question: { ...choice, optionLines: "Every month | Monatlich\nWeekly | Wöchentlich", required: true } },
    });
    const edited = await db.formQuestion.findUniqueOrThrow({ where: { id: q1.id } });
    expect(edited.options).toEqual([
      { value: "monthly", label: { en: "Every month", de: "Monatlich" } },
      { value: "weekly", label: { en: "Weekly", de: "Wöchentlich" } },
    ]);
    await expect(
      updateQuestion({ actor: organiser, input: { programmeId, categoryId: id, questionId: q1.id, question: question({ type: "short_text" }) } }),
    ).rejects.toMatchObject({ code: "invalid_state", message: "questionTypeLocked" });

    await reorderQuestions({ actor: organiser, input: { programmeId, categoryId: id, questionId: q2.id, direction: "up" } });
    expect((await listQuestions({ actor: organiser, programmeId, categoryId: id })).current.map((q) => q.id)).toEqual([q2.id, q1.id]);

    expect((await archiveQuestion({ actor: organiser, input: { programmeId, categoryId: id, questionId: q1.id } })).outcome).toBe("archived");
    expect((await archiveQuestion({ actor: organiser, input: { programmeId, categoryId: id, questionId: q2.id } })).outcome).toBe("deleted");
    const listed = await listQuestions({ actor: organiser, programmeId, categoryId: id });
    expect(listed.current).toEqual([]);
    expect(listed.archived.map((q) => [q.id, q.answerCount])).toEqual([[q1.id, 1]]);
    const answers = await db.nominationAnswer.findMany({ where: { nominationId: nomination.id } });
    expect(answers.map((a) => [a.questionId, a.value])).toEqual([[q1.id, "monthly"]]);
    expect(await db.formQuestion.count({ where: { id: q2.id } })).toBe(0);
    expect((await verifyAuditLog(db)).problem).toBeNull();
  });

  it("refuses a question of another category passed with this category's id", async () => {
    const a = await createCategory({ actor: organiser, input: { programmeId, category: { ...young, name: "A" } } });
    const b = await createCategory({ actor: organiser, input: { programmeId, category: { ...young, name: "B" } } });
    const q = await createQuestion({ actor: organiser, input: { programmeId, categoryId: b.id, question: question() } });
    await expect(archiveQuestion({ actor: organiser, input: { programmeId, categoryId: a.id, questionId: q.id } })).rejects.toMatchObject({
      code: "not_found",
    });
    expect(await db.formQuestion.count({ where: { id: q.id } })).toBe(1);
  });
});
