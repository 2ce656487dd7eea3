import { compareIds } from "@/lib/scoring/types";

/** Means closer than this are a tie: different sheets can reach the same mean by different roundings. */
export const TIE_TOLERANCE = 1e-9;

export interface RankedNomination {
  nominationId: string;
  /** Competition rank (1, 2, 2, 4); null when no sheet counted. */
  rank: number | null;
  score: number | null;
}

/**
 * Orders nominations by score, highest first. Ties share a rank and the next
 * rank skips (1, 2, 2, 4). A tie group is anchored on its first member, so a
 * chain of tiny differences cannot stretch a tie beyond TIE_TOLERANCE. Within a
 * tie, and among unscored nominations (listed last, unranked), the order is by
 * id: stable, and deliberately meaningless.
 */
export function rankNominations(entries: readonly { nominationId: string; score: number | null }[]): RankedNomination[] {
  const ids = new Set<string>();
  for (const { nominationId } of entries) {
    if (ids.has(nominationId)) throw new RangeError(`nomination ${nominationId} listed twice`);
    ids.add(nominationId);
  }
  if (entries.some((e) => e.score !== null && !Number.isFinite(e.score))) throw new RangeError("scores must be finite numbers");
  const scored = entries.filter((e): e is { nominationId: string; score: number } => e.score !== null);
  const unscored = entries.filter((e) => e.score === null);

  scored.sort((a, b) => b.score - a.score || compareIds(a.nominationId, b.nominationId));
  const ranked: RankedNomination[] = [];
  let leader = Number.NaN;
  let rank = 0;
  scored.forEach(({ nominationId, score }, index) => {
    if (!(Math.abs(leader - score) <= TIE_TOLERANCE)) {
      leader = score;
      rank = index + 1;
    }
    ranked.push({ nominationId, rank, score });
  });
  // Within a tie, near-equal scores came out in score order: put them in id order.
  ranked.sort((a, b) => a.rank! - b.rank! || compareIds(a.nominationId, b.nominationId));

  const rest = unscored
    .map(({ nominationId }) => ({ nominationId, rank: null, score: null }))
    .sort((a, b) => compareIds(a.nominationId, b.nominationId));
  return [...ranked, ...rest];
}
