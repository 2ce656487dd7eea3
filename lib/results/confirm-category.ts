import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { editCategoryResult } from "@/lib/results/edit-category-result";
import { computedWinners, confirmedRows } from "@/lib/results/result-rows";
import { fieldErrorFrom, ResultsFieldError } from "@/lib/results/results-errors";
import { ZConfirmCategory, type TConfirmCategory } from "@/lib/results/results-schemas";

/**
 * Confirms a category as computed: one Result row per candidate with its
 * place, figures and winner mark. Refused while a draw is needed, when the
 * ranking changed since the organiser looked (`expected`), and when already
 * confirmed. Nothing is published here.
 */
export async function confirmCategory({ actor, programmeId, input, now = new Date() }: { actor: SessionUser | null; programmeId: string; input: TConfirmCategory; now?: Date }): Promise<{ winners: string[] }> {
  const parsed = ZConfirmCategory.safeParse(input);
  const categoryId = typeof input?.categoryId === "string" ? input.categoryId : "";
  return editCategoryResult(actor, programmeId, categoryId, async ({ tx, user, programme, category }) => {
    if (!parsed.success) throw fieldErrorFrom(parsed.error.issues);
    if (category.state !== "computed") throw new ResultsFieldError("form", "alreadyConfirmed", "invalid_state");
    if (category.problem) throw new ResultsFieldError("form", category.problem, "invalid_state");
    if (category.needsDraw.length > 0) throw new ResultsFieldError("form", "drawNeeded", "invalid_state");
    if (parsed.data.expected !== undefined && parsed.data.expected !== category.signature) throw new ResultsFieldError("form", "resultsChanged", "conflict");
    const nominationOf = new Map(category.ranking.map((r) => [r.finalistId, r.nominationId]));
    const rows = confirmedRows(programme.decisionMode, category.ranking, nominationOf);
    await tx.result.createMany({ data: rows.map((r) => ({ ...r, categoryId: category.id, confirmedAt: now })) });
    const winners = computedWinners(category.ranking);
    await appendAuditEvent(
      tx,
      { programmeId: programme.id, actorId: user.id, action: "results.category_confirmed", entityType: "Category", entityId: category.id, data: { winners, candidates: rows.length, drawUsed: category.drawApplied } },
      now,
    );
    return { winners };
  });
}
