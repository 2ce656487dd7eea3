import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/sqlite/client";

/**
 * Writes columns of a nomination only while it is still in the status the
 * caller read and not anonymised, inside the caller's transaction; otherwise
 * conflict. On PostgreSQL (read committed) a plain update by id would land on
 * a row an erasure committed meanwhile and put personal data back into it;
 * this condition is checked again on the row the write finds. The write also
 * holds the row until the commit, so an erasure starting later waits. Call it
 * before writing answers, consent choices or files of the nomination.
 */
export async function updateLiveNomination(
  tx: Tx,
  { nominationId, seenStatus, data = {} }: { nominationId: string; seenStatus: string; data?: Prisma.NominationUpdateManyMutationInput },
): Promise<void> {
  // Writing the status it already has makes the write (and the row lock) happen even with nothing else to change.
  const { count } = await tx.nomination.updateMany({ where: { id: nominationId, status: seenStatus, anonymisedAt: null }, data: { ...data, status: seenStatus } });
  if (count !== 1) throw new AppError("conflict", "The nomination was changed by someone else meanwhile.");
}
