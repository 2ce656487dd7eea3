import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import { tallyAvailable } from "@/lib/voting/admin/vote-stage";
import type { Phase } from "@/lib/validation/statuses";
import type { RecountFileCategory } from "@/lib/voting/tally/write-recount-file";
import type { QuarantineCount } from "@/lib/voting/tally/integrity-summary";

/**
 * Every category's finalists and ballots, for counting. This is the one place
 * that reads choices, and it refuses while the vote is not closed: no role,
 * admins included, can get a count out of the app before then.
 */
export async function loadVoteCount(tx: Tx, programme: { id: string; phase: Phase }): Promise<{ categories: RecountFileCategory[]; quarantines: QuarantineCount[] }> {
  if (!tallyAvailable(programme.phase)) throw new AppError("invalid_state", "voteNotClosed");
  const categories = await tx.category.findMany({
    where: { programmeId: programme.id },
    select: {
      id: true,
      name: true,
      finalists: { select: { id: true, publicName: true }, orderBy: [{ position: "asc" }, { id: "asc" }] },
      ballots: { select: { finalistId: true, receiptHash: true, quarantinedAt: true } },
    },
    orderBy: [{ position: "asc" }, { id: "asc" }],
  });
  const reasons = await tx.ballot.groupBy({ by: ["quarantineReason"], where: { programmeId: programme.id, quarantinedAt: { not: null } }, _count: { _all: true } });
  return {
    categories: categories.map((c) => ({ categoryId: c.id, categoryName: c.name, finalists: c.finalists, ballots: c.ballots })),
    quarantines: reasons.map((r) => ({ reason: r.quarantineReason ?? "", count: r._count._all })),
  };
}
