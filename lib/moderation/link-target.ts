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
