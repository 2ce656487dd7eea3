// Pure rules of the shortlist: how ranks read, what differs from the proposal,
// which changes still lack a reason. No I/O, unit-tested.
import type { ShortlistChange } from "@/lib/shortlist/shortlist-schemas";
import type { RankedNomination } from "@/lib/scoring/rank-nominations";

/** "1", "=2" for a shared rank, null for a nomination nobody scored. */
export function rankLabel(rank: number | null, ranking: readonly Pick<RankedNomination, "rank">[]): string | null {
  if (rank === null) return null;
  const shared = ranking.filter((r) => r.rank === rank).length > 1;
  return shared ? `=${rank}` : String(rank);
}

export interface SelectionDiff {
  /** Selected though not proposed. */
  added: string[];
  /** Proposed though not selected. */
  removed: string[];
}

export function diffSelection(proposed: readonly string[], selected: readonly string[]): SelectionDiff {
  const p = new Set(proposed);
  const s = new Set(selected);
  return { added: selected.filter((id) => !p.has(id)), removed: proposed.filter((id) => !s.has(id)) };
}

/**
 * The reason given for each change, keyed by nomination. A reason counts only
 * for the change that happened (a "remove" reason does not cover an addition);
 * blank reasons are missing ones.
 */
export function reasonsFor(diff: SelectionDiff, changes: readonly ShortlistChange[]): { reasons: Map<string, string>; missing: string[] } {
  const given = new Map<string, string>();
  for (const c of changes) if (c.reason.trim()) given.set(`${c.action}:${c.nominationId}`, c.reason.trim());
  const reasons = new Map<string, string>();
  const missing: string[] = [];
  for (const [action, ids] of [["add", diff.added], ["remove", diff.removed]] as const) {
    for (const id of ids) {
      const reason = given.get(`${action}:${id}`);
      if (reason) reasons.set(id, reason);
      else missing.push(id);
    }
  }
  return { reasons, missing };
}

/** Finalists in ranking order; nominations nobody ranked (added by hand) come last, in the order chosen. */
export function orderFinalists(selected: readonly string[], ranking: readonly RankedNomination[]): string[] {
  const index = new Map(ranking.filter((r) => r.rank !== null).map((r, i) => [r.nominationId, i]));
  return [...selected].sort((a, b) => (index.get(a) ?? Infinity) - (index.get(b) ?? Infinity) || selected.indexOf(a) - selected.indexOf(b));
}
