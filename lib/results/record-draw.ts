import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { editCategoryResult } from "@/lib/results/edit-category-result";
import { DRAW_RECORDED } from "@/lib/results/load-category-decisions";
import { fieldErrorFrom, ResultsFieldError } from "@/lib/results/results-errors";
import { ZRecordDraw, type TRecordDraw } from "@/lib/results/results-schemas";

/**
 * Records the draw that separates finalists the published tie-breaks could
 * not: the order they were drawn in and a note on how. The audit log is where
 * a draw lives (append-only, hash-chained); the latest one for the category
 * counts, and only for the tie it names. A draw can be corrected until the
 * category is confirmed.
 */
export async function recordDraw({ actor, programmeId, input, now = new Date() }: { actor: SessionUser | null; programmeId: string; input: TRecordDraw; now?: Date }): Promise<{ order: string[] }> {
  const parsed = ZRecordDraw.safeParse(input);
  const categoryId = typeof input?.categoryId === "string" ? input.categoryId : "";
  return editCategoryResult(actor, programmeId, categoryId, async ({ tx, user, programme, category }) => {
    if (!parsed.success) throw fieldErrorFrom(parsed.error.issues);
    const { order, note } = parsed.data;
    if (category.state !== "computed") throw new ResultsFieldError("form", "alreadyConfirmed", "invalid_state");
    const tied = category.needsDraw.length > 0 ? category.needsDraw : category.drawApplied ? category.draw!.order : [];
    if (tied.length === 0) throw new ResultsFieldError("form", "noDrawNeeded", "invalid_state");
    if (order.length !== tied.length || new Set(order).size !== order.length || !order.every((id) => tied.includes(id))) throw new ResultsFieldError("order", "orderMismatch");
    await appendAuditEvent(tx, { programmeId: programme.id, actorId: user.id, action: DRAW_RECORDED, entityType: "Category", entityId: category.id, data: { order, note } }, now);
    return { order };
  });
}
