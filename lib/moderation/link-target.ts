import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import type { ModeratedNomination } from "@/lib/moderation/authorize-moderation";
import type { NominationStatus } from "@/lib/validation/statuses";

/**
 * Checks the other nomination of a duplicate or merge: same programme and
 * category, not the nomination itself, in one of `allowed` statuses (never one
 * that is itself a duplicate or merged: no chains). A nomination that others
 * already point at cannot point elsewhere: their stories would be lost.
 */
export async function checkLinkTarget(
  tx: Tx,
  { source, targetId, allowed }: { source: ModeratedNomination; targetId: string; allowed: readonly NominationStatus[] },
): Promise<void> {
  if (targetId === source.id) throw new AppError("invalid_input", "sameNomination");
  const target = await tx.nomination.findUnique({ where: { id: targetId }, select: { programmeId: true, categoryId: true, status: true } });
  if (!target || target.programmeId !== source.programmeId) throw new AppError("invalid_input", "targetNotFound");
  if (target.categoryId !== source.categoryId) throw new AppError("invalid_input", "otherCategory");
  if (!allowed.includes(target.status as NominationStatus)) throw new AppError("invalid_state", "targetNotOpen");
  const dependants = await tx.nomination.count({ where: { duplicateOfId: source.id, status: { in: ["duplicate", "merged"] } } });
  if (dependants > 0) throw new AppError("invalid_state", "hasDependants");
}

/**
 * Makes the link after checkLinkTarget, checked by writes rather than by its
 * reads: two opposite links at once (A into B, B into A) would otherwise both
 * pass and point at each other. Both rows are claimed first with conditional
 * writes (the source still in the status read, the target still in an
 * allowed status, pointing at nothing, not anonymised), in one order (by id)
 * and before `move` writes the audit row, so concurrent links queue up instead
 * of deadlocking and the second fails with conflict. Then nothing may point at
 * the source, `move` changes its status (changeNominationStatus), and the link
 * is written.
 */
export async function linkToTarget(
  tx: Tx,
  { source, targetId, allowed, move }: { source: ModeratedNomination; targetId: string; allowed: readonly NominationStatus[]; move: () => Promise<unknown> },
): Promise<void> {
  const claims = [
    { id: source.id, where: { status: source.status, anonymisedAt: null } },
    { id: targetId, where: { status: { in: [...allowed] }, duplicateOfId: null, anonymisedAt: null } },
  ].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const claim of claims) {
    // Writes what is there already: the point is the condition and the row lock it takes.
    const { count } = await tx.nomination.updateMany({ where: { id: claim.id, ...claim.where }, data: { duplicateOfId: null } });
    if (count !== 1) throw new AppError("conflict", "The submission or the other one was changed meanwhile.");
  }
  const dependants = await tx.nomination.count({ where: { duplicateOfId: source.id, status: { in: ["duplicate", "merged"] } } });
  if (dependants > 0) throw new AppError("conflict", "hasDependants");
  await move();
  // The link is a foreign key, which the status change's patch cannot carry; same transaction.
  await tx.nomination.update({ where: { id: source.id }, data: { duplicateOfId: targetId } });
}
