import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";

/**
 * Confirmed but unpublished results stop being confirmed when what they were
 * decided from changes: a quarantine or its release changes the votes, a trip
 * back to jury review the jury's scores. The organiser confirms again from the
 * new ranking, so a stale confirmation can never be published. Returns how
 * many categories had to be confirmed again (for the audit row).
 */
export async function forgetUnpublishedResults(tx: Tx, programmeId: string): Promise<number> {
  const categories = await tx.result.findMany({ where: { category: { programmeId }, publishedAt: null }, select: { categoryId: true }, distinct: ["categoryId"] });
  if (categories.length === 0) return 0;
  await tx.result.deleteMany({ where: { category: { programmeId }, publishedAt: null } });
  return categories.length;
}
