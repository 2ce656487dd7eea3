// The integrity summary published next to the results: how many votes there
// were and how many were set aside, and why. Counts only: no receipt, network
// or domain appears in it.

import { compareIds } from "@/lib/scoring/types";

export interface QuarantineCount {
  /** The reason the organiser recorded when quarantining a group, shown in public as written. */
  reason: string;
  count: number;
}

export interface IntegritySummary {
  /** Every ballot cast, counted or not. */
  totalVotes: number;
  counted: number;
  quarantined: number;
  /** Largest first; one entry per reason. */
  byReason: QuarantineCount[];
}

/**
 * Sums the category tallies. The quarantine counts by reason must add up to the
 * quarantined ballots in the tallies: a page that shows two different numbers
 * for one thing would do more harm than no page, so a mismatch throws.
 */
export function integritySummary(tallies: readonly { counted: number; quarantined: number }[], quarantines: readonly QuarantineCount[]): IntegritySummary {
  const counted = tallies.reduce((sum, t) => sum + t.counted, 0);
  const quarantined = tallies.reduce((sum, t) => sum + t.quarantined, 0);
  const byReasonMap = new Map<string, number>();
  for (const { reason, count } of quarantines) {
    if (!(Number.isInteger(count) && count >= 0)) throw new RangeError(`invalid quarantine count ${count}`);
    const key = reason.trim();
    if (count > 0) byReasonMap.set(key, (byReasonMap.get(key) ?? 0) + count);
  }
  const byReason = [...byReasonMap].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || compareIds(a.reason, b.reason));
  const reasoned = byReason.reduce((sum, r) => sum + r.count, 0);
  if (reasoned !== quarantined) throw new RangeError(`the tallies have ${quarantined} quarantined ballots but the reasons account for ${reasoned}`);
  return { totalVotes: counted + quarantined, counted, quarantined, byReason };
}
