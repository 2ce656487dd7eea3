import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import type { QuarantineSelector, VoteSignal } from "@/lib/voting/tally/detect-anomalies";

export interface BallotSignal extends VoteSignal {
  id: string;
  quarantinedAt: Date | null;
}

/** Every ballot of the programme as the anomaly report sees it, in a fixed order (cast time, then id). */
export async function loadVoteSignals(tx: Tx, programmeId: string): Promise<BallotSignal[]> {
  const ballots = await tx.ballot.findMany({
    where: { programmeId },
    select: { id: true, castAt: true, networkPrefix: true, userAgentHash: true, quarantinedAt: true, voter: { select: { emailDomain: true } } },
    orderBy: [{ castAt: "asc" }, { id: "asc" }],
  });
  return ballots.map(({ voter, ...b }) => ({ ...b, emailDomain: voter.emailDomain }));
}

/** Two selectors pick the same votes: same span to the millisecond, same keys. */
export function sameSelector(a: QuarantineSelector, b: QuarantineSelector): boolean {
  return (
    a.castFrom.getTime() === b.castFrom.getTime() &&
    a.castTo.getTime() === b.castTo.getTime() &&
    (a.networkPrefix ?? null) === (b.networkPrefix ?? null) &&
    (a.emailDomain ?? null) === (b.emailDomain ?? null) &&
    (a.userAgentHash ?? null) === (b.userAgentHash ?? null)
  );
}
