import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";

/**
 * Takes the programme's row for the rest of the transaction, while it is in
 * results review: changes to a category's results and publishing each start
 * with it, so on PostgreSQL they run one after the other (on SQLite writes
 * already do) and publishing can never miss a category that was reopened
 * while it read. False when the programme has left results review.
 */
export async function lockResultsReview(tx: Tx, programmeId: string): Promise<boolean> {
  const { count } = await tx.programme.updateMany({ where: { id: programmeId, phase: "results_review" }, data: { updatedAt: new Date() } });
  return count === 1;
}
