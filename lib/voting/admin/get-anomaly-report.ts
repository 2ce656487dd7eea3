import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { loadVoteProgramme, type VoteProgramme } from "@/lib/voting/admin/load-vote-programme";
import { loadVoteSignals } from "@/lib/voting/admin/load-vote-signals";
import { detectAnomalies, type AnomalyFinding } from "@/lib/voting/tally/detect-anomalies";

export interface ReportedFinding extends Omit<AnomalyFinding, "voteIndexes"> {
  /** Of the finding's votes, how many are quarantined already. */
  quarantined: number;
}

export interface QuarantineInEffect {
  quarantinedAt: Date;
  reason: string;
  count: number;
}

export interface AnomalyReport {
  programme: VoteProgramme;
  findings: ReportedFinding[];
  quarantines: QuarantineInEffect[];
  /** Quarantines can change until the results are published. */
  canChange: boolean;
}

/** The anomaly report over every ballot cast so far, with the quarantines in effect. No choices, no counts per finalist. */
export async function getAnomalyReport({ actor, programmeId, now = new Date() }: { actor: SessionUser | null; programmeId: string; now?: Date }): Promise<AnomalyReport> {
  const { programme } = await loadVoteProgramme(db, actor, programmeId);
  const ballots = await loadVoteSignals(db, programme.id);
  const findings = detectAnomalies({ votes: ballots, timeZone: programme.timeZone, now }).map(({ voteIndexes, ...finding }) => ({
    ...finding,
    quarantined: voteIndexes.filter((i) => ballots[i].quarantinedAt !== null).length,
  }));
  const groups = await db.ballot.groupBy({
    by: ["quarantinedAt", "quarantineReason"],
    where: { programmeId: programme.id, quarantinedAt: { not: null } },
    _count: { _all: true },
    orderBy: { quarantinedAt: "asc" },
  });
  const quarantines = groups.map((g) => ({ quarantinedAt: g.quarantinedAt!, reason: g.quarantineReason ?? "", count: g._count._all }));
  return { programme, findings, quarantines, canChange: quarantinesCanChange(programme.phase) };
}

export function quarantinesCanChange(phase: VoteProgramme["phase"]): boolean {
  return phase === "public_vote" || phase === "results_review";
}
