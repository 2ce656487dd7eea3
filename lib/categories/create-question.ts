import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { loadCategoryFor } from "@/lib/categories/load-category";
import { auditableQuestion, questionColumns, recheckQuestion } from "@/lib/categories/question-data";
import { db } from "@/lib/db";
import type { TQuestionInput } from "@/lib/validation/form-question";

/** Adds a question at the end of a category's nomination form. */
export async function createQuestion({
  actor,
  input,
}: {
  actor: SessionUser | null;
  input: { programmeId: string; categoryId: string; question: TQuestionInput };
}) {
  return db.$transaction(async (tx) => {
    const category = await loadCategoryFor(tx, { actor, programmeId: input.programmeId, categoryId: input.categoryId });
    const question = recheckQuestion(input.question, category.programme.defaultLocale);
    const last = await tx.formQuestion.findFirst({ where: { categoryId: category.id }, orderBy: { position: "desc" }, select: { position: true } });
    const columns = questionColumns(question);
    const created = await tx.formQuestion.create({
      data: { ...columns, categoryId: category.id, position: (last?.position ?? -1) + 1 },
      select: { id: true },
    });
    await appendAuditEvent(tx, {
      programmeId: category.programmeId,
      actorId: actor!.id,
      action: "form_question.created",
      entityType: "form_question",
      entityId: created.id,
      data: { categoryId: category.id, ...(auditableQuestion(columns) as object) },
    });
    return created;
  });
}
