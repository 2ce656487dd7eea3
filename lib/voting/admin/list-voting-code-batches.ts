import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { compareIds } from "@/lib/scoring/types";
import { loadVoteProgramme, type VoteProgramme } from "@/lib/voting/admin/load-vote-programme";

export interface VotingCodeBatchSummary {
  batch: string;
  total: number;
  /** Redeemed by a voter. */
  used: number;
  /** Voided by an organiser before anyone used them. */
  voided: number;
  unused: number;
  createdAt: Date;
}

/**
 * The programme's batches of printed codes with how many were used. A voided
 * code is one marked used without a voter: redeeming it fails like a used one.
 */
export async function listVotingCodeBatches({ actor, programmeId }: { actor: SessionUser | null; programmeId: string }): Promise<{ programme: VoteProgramme; batches: VotingCodeBatchSummary[] }> {
  const { programme } = await loadVoteProgramme(db, actor, programmeId);
  const groups = await db.votingCode.groupBy({
    by: ["batch"],
    where: { programmeId: programme.id },
    _count: { _all: true, usedAt: true, voterId: true },
    _min: { createdAt: true },
  });
  const batches = groups
    .map((g) => ({
      batch: g.batch,
      total: g._count._all,
      used: g._count.voterId,
      voided: g._count.usedAt - g._count.voterId,
      unused: g._count._all - g._count.usedAt,
      createdAt: g._min.createdAt ?? new Date(0),
    }))
    .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || compareIds(a.batch, b.batch));
  return { programme, batches };
}
