import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { loadQuestionFor } from "@/lib/categories/load-question";
import { moveInList, type Direction } from "@/lib/categories/reorder";
import { db } from "@/lib/db";

/** Moves a question one place up or down among the category's current (not archived) questions. */
export async function reorderQuestions({
  actor,
  input,
}: {
  actor: SessionUser | null;
  input: { programmeId: string; categoryId: string; questionId: string; direction: Direction };
}) {
  return db.$transaction(async (tx) => {
    const { category, question } = await loadQuestionFor(tx, { actor, ...input });
    const rows = await tx.formQuestion.findMany({
      where: { categoryId: category.id, archivedAt: null },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const before = rows.map((r) => r.id);
    const after = moveInList(before, question.id, input.direction);
    if (after === before) return { order: before, moved: false };
    for (const [position, id] of after.entries()) await tx.formQuestion.update({ where: { id }, data: { position } });
    await appendAuditEvent(tx, {
      programmeId: category.programmeId,
      actorId: actor!.id,
      action: "form_question.reordered",
      entityType: "form_question",
      entityId: question.id,
      data: { categoryId: category.id, direction: input.direction, from: before.indexOf(question.id), to: after.indexOf(question.id) },
    });
    return { order: after, moved: true };
  });
}
