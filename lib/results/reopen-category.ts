import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { editCategoryResult } from "@/lib/results/edit-category-result";
import { fieldErrorFrom, ResultsFieldError } from "@/lib/results/results-errors";
import { ZReopenCategory, type TReopenCategory } from "@/lib/results/results-schemas";

/**
 * Undoes a confirmation or an override while the programme is in results
 * review: the category's Result rows go, the audit log keeps what they were.
 * Recorded draws stay and apply again to the same tie.
 */
export async function reopenCategory({ actor, programmeId, input, now = new Date() }: { actor: SessionUser | null; programmeId: string; input: TReopenCategory; now?: Date }): Promise<{ removed: number }> {
  const parsed = ZReopenCategory.safeParse(input);
  const categoryId = typeof input?.categoryId === "string" ? input.categoryId : "";
  return editCategoryResult(actor, programmeId, categoryId, async ({ tx, user, programme, category }) => {
    if (!parsed.success) throw fieldErrorFrom(parsed.error.issues);
    if (category.state === "computed") throw new ResultsFieldError("form", "notConfirmed", "invalid_state");
    const { count } = await tx.result.deleteMany({ where: { categoryId: category.id, publishedAt: null } });
    const was = { state: category.state, winners: category.stored.filter((r) => r.isWinner).map((r) => r.finalistId) };
    await appendAuditEvent(tx, { programmeId: programme.id, actorId: user.id, action: "results.category_reopened", entityType: "Category", entityId: category.id, data: was }, now);
    return { removed: count };
  });
}
