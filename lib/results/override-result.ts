import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { editCategoryResult } from "@/lib/results/edit-category-result";
import { computedWinners, overriddenRows } from "@/lib/results/result-rows";
import { fieldErrorFrom, ResultsFieldError } from "@/lib/results/results-errors";
import { ZOverrideResult, type TOverrideResult } from "@/lib/results/results-schemas";

/**
 * Confirms a category with winners the organiser chose instead of the computed
 * ones, for a reason (10–500 characters) kept on every Result row of the
 * category and in the audit log. The winners must be as many as the category
 * awards, all candidates, and not simply the computed winners (confirm those).
 */
export async function overrideResult({ actor, programmeId, input, now = new Date() }: { actor: SessionUser | null; programmeId: string; input: TOverrideResult; now?: Date }): Promise<{ winners: string[] }> {
  const parsed = ZOverrideResult.safeParse(input);
  const categoryId = typeof input?.categoryId === "string" ? input.categoryId : "";
  return editCategoryResult(actor, programmeId, categoryId, async ({ tx, user, programme, category }) => {
    if (!parsed.success) throw fieldErrorFrom(parsed.error.issues);
    const { winners, reason } = parsed.data;
    if (category.state !== "computed") throw new ResultsFieldError("form", "alreadyConfirmed", "invalid_state");
    if (category.problem) throw new ResultsFieldError("form", category.problem, "invalid_state");
    const candidates = new Set(category.ranking.map((r) => r.finalistId));
    if (new Set(winners).size !== winners.length || !winners.every((id) => candidates.has(id))) throw new ResultsFieldError("winners", "winnersInvalid");
    if (winners.length !== Math.min(category.winnerCount, candidates.size)) throw new ResultsFieldError("winners", "winnersCount");
    const computed = computedWinners(category.ranking);
    if (category.needsDraw.length === 0 && computed.length === winners.length && computed.every((id) => winners.includes(id))) throw new ResultsFieldError("winners", "sameAsComputed");

    const nominationOf = new Map(category.ranking.map((r) => [r.finalistId, r.nominationId]));
    const rows = overriddenRows(programme.decisionMode, category.ranking, winners, nominationOf);
    await tx.result.createMany({ data: rows.map((r) => ({ ...r, categoryId: category.id, overrideReason: reason, confirmedAt: now })) });
    await appendAuditEvent(
      tx,
      { programmeId: programme.id, actorId: user.id, action: "results.category_overridden", entityType: "Category", entityId: category.id, data: { winners, computedWinners: computed, reason } },
      now,
    );
    return { winners };
  });
}
