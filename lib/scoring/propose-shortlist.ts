import type { RankedNomination } from "@/lib/scoring/rank-nominations";

export interface ShortlistProposal {
  /** The first N ranked nominations; fewer when fewer have a score. */
  finalistIds: string[];
  /**
   * Set when the N-th and (N+1)-th nominations share a rank: every nomination
   * of that rank, inside the proposal or not, so the chair decides between them.
   */
  boundaryTie: { rank: number; nominationIds: string[] } | null;
}

/** The default shortlist: the top `finalistCount` of a ranking from rankNominations. */
export function proposeShortlist(ranking: readonly RankedNomination[], finalistCount: number): ShortlistProposal {
  if (!(Number.isInteger(finalistCount) && finalistCount >= 0)) throw new RangeError(`invalid finalist count ${finalistCount}`);
  const ranked = ranking.filter((r) => r.rank !== null);
  const finalistIds = ranked.slice(0, finalistCount).map((r) => r.nominationId);

  const last = ranked[finalistCount - 1];
  const next = ranked[finalistCount];
  if (finalistCount === 0 || !last || !next || last.rank !== next.rank) return { finalistIds, boundaryTie: null };
  const rank = last.rank!;
  return { finalistIds, boundaryTie: { rank, nominationIds: ranked.filter((r) => r.rank === rank).map((r) => r.nominationId) } };
}
