import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { loadQuestionFor } from "@/lib/categories/load-question";
import { db } from "@/lib/db";

/**
 * Takes a question off the form. With answers it is archived (hidden from new
 * nominations, its answers kept and readable); without any it is deleted.
 */
export async function archiveQuestion({
  actor,
  input,
}: {
  actor: SessionUser | null;
  input: { programmeId: string; categoryId: string; questionId: string };
}): Promise<{ id: string; outcome: "archived" | "deleted" | "unchanged" }> {
  return db.$transaction(async (tx) => {
    const { category, question, answerCount } = await loadQuestionFor(tx, { actor, ...input });
    if (question.archivedAt) return { id: question.id, outcome: "unchanged" as const };
    const outcome = answerCount > 0 ? ("archived" as const) : ("deleted" as const);
    if (outcome === "archived") await tx.formQuestion.update({ where: { id: question.id }, data: { archivedAt: new Date() } });
    else await tx.formQuestion.delete({ where: { id: question.id } });
    await appendAuditEvent(tx, {
      programmeId: category.programmeId,
      actorId: actor!.id,
      action: outcome === "archived" ? "form_question.archived" : "form_question.deleted",
      entityType: "form_question",
      entityId: question.id,
      data: { categoryId: category.id, label: question.label as never, answers: answerCount },
    });
    return { id: question.id, outcome };
  });
}
