// Counting the public vote of one category. Plain data in and out: the results
// review, the published results and the recount file all call this, so they
// cannot disagree about a number.

import { compareIds } from "@/lib/scoring/types";

/** The fields of a Ballot row the count needs. A ballot with `quarantinedAt` set is not counted. */
export interface TallyBallot {
  finalistId: string;
  receiptHash: string;
  quarantinedAt: Date | null;
}

export interface TallyCategoryOptions {
  finalistIds: readonly string[];
  ballots: readonly TallyBallot[];
}

export interface FinalistTally {
  finalistId: string;
  votes: number;
  /** Competition rank (1, 2, 2, 4): finalists with the same number of votes share a rank. */
  rank: number;
}

export interface CategoryTally {
  /** Every finalist, zero votes included, by rank and then by id. */
  finalists: FinalistTally[];
  counted: number;
  quarantined: number;
}

/**
 * Counts the ballots that are not quarantined. A ballot for someone who is not a
 * finalist of the category, or two ballots with one receipt hash, mean the data
 * is broken (casting refuses both), so the count stops rather than guess.
 */
export function tallyCategory({ finalistIds, ballots }: TallyCategoryOptions): CategoryTally {
  const finalists = new Set(finalistIds);
  const receipts = new Set<string>();
  for (const ballot of ballots) {
    if (!finalists.has(ballot.finalistId)) throw new RangeError(`a ballot counts for ${ballot.finalistId}, who is not a finalist of this category`);
    if (receipts.has(ballot.receiptHash)) throw new RangeError(`receipt hash ${ballot.receiptHash} appears on two ballots`);
    receipts.add(ballot.receiptHash);
  }
  const counted = ballots.filter((b) => b.quarantinedAt === null).map((b) => b.finalistId);
  return tallyVotes(finalistIds, counted, ballots.length - counted.length);
}

/**
 * The count from the finalist each counted ballot is for, plus how many were
 * quarantined. The recount uses this directly: the published file lists
 * quarantined receipts without their choice.
 */
export function tallyVotes(finalistIds: readonly string[], countedFor: readonly string[], quarantined: number): CategoryTally {
  const votes = new Map<string, number>();
  for (const id of finalistIds) {
    if (votes.has(id)) throw new RangeError(`finalist ${id} is listed twice`);
    votes.set(id, 0);
  }
  for (const id of countedFor) {
    const current = votes.get(id);
    if (current === undefined) throw new RangeError(`a ballot counts for ${id}, who is not a finalist of this category`);
    votes.set(id, current + 1);
  }

  const ordered = [...votes].sort(([a, va], [b, vb]) => vb - va || compareIds(a, b));
  const finalists: FinalistTally[] = [];
  ordered.forEach(([finalistId, count], i) => {
    const previous = finalists[i - 1];
    const rank = previous && previous.votes === count ? previous.rank : i + 1;
    finalists.push({ finalistId, votes: count, rank });
  });
  return { finalists, counted: countedFor.length, quarantined };
}
