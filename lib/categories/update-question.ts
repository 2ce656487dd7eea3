import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { changedFields } from "@/lib/categories/changed-fields";
import { loadQuestionFor } from "@/lib/categories/load-question";
import { auditableQuestion, questionColumns, recheckQuestion, storedOptions } from "@/lib/categories/question-data";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TQuestionInput } from "@/lib/validation/form-question";

/**
 * Edits a question. Once it has answers its type is fixed (an answer to a
 * date question would not be one to a number question); answers are never touched.
 */
export async function updateQuestion({
  actor,
  input,
}: {
  actor: SessionUser | null;
  input: { programmeId: string; categoryId: string; questionId: string; question: TQuestionInput };
}) {
  return db.$transaction(async (tx) => {
    const { category, question: before, answerCount } = await loadQuestionFor(tx, { actor, ...input });
    const question = recheckQuestion(input.question, category.programme.defaultLocale);
    if (before.archivedAt) throw new AppError("invalid_state", "questionArchived");
    if (answerCount > 0 && question.type !== before.type) throw new AppError("invalid_state", "questionTypeLocked");
    const columns = questionColumns(question, storedOptions(before.options));
    const changes = changedFields(before as unknown as Record<string, unknown>, auditableQuestion(columns));
    if (Object.keys(changes).length === 0) return { id: before.id, changed: [] as string[] };
    await tx.formQuestion.update({ where: { id: before.id }, data: columns });
    await appendAuditEvent(tx, {
      programmeId: category.programmeId,
      actorId: actor!.id,
      action: "form_question.updated",
      entityType: "form_question",
      entityId: before.id,
      data: { categoryId: category.id, changes: changes as never },
    });
    return { id: before.id, changed: Object.keys(changes) };
  });
}
