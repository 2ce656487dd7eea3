// From a category's decision to the Result rows that record it, and the state
// the organiser sees. Pure, so confirming and overriding are unit-tested.
import type { RankedFinalist } from "@/lib/results/decision-formula";
import type { DecisionMode } from "@/lib/validation/statuses";

export interface ResultRowData {
  nominationId: string;
  rank: number;
  juryScore: number | null;
  votes: number | null;
  combinedScore: number | null;
  isWinner: boolean;
}

export type ResultState = "computed" | "confirmed" | "overridden";

/** The figures a Result row keeps: no votes without a public vote, no jury score without a jury, a combined score only when combined. */
function figures(mode: DecisionMode, r: RankedFinalist) {
  return {
    juryScore: mode === "public_only" ? null : r.juryScore,
    votes: mode === "jury_only" ? null : r.votes,
    combinedScore: mode === "combined" ? r.score : null,
  };
}

/** The computed decision as rows: places as decided (shared places stay shared). */
export function confirmedRows(mode: DecisionMode, ranking: readonly RankedFinalist[], nominationOf: ReadonlyMap<string, string>): ResultRowData[] {
  return ranking.map((r) => ({ nominationId: nominationOf.get(r.finalistId)!, rank: r.place, isWinner: r.winner, ...figures(mode, r) }));
}

/**
 * The organiser's own choice of winners: they take the first places in the
 * computed order, everyone else follows in the computed order.
 */
export function overriddenRows(mode: DecisionMode, ranking: readonly RankedFinalist[], winners: readonly string[], nominationOf: ReadonlyMap<string, string>): ResultRowData[] {
  const chosen = new Set(winners);
  const ordered = [...ranking.filter((r) => chosen.has(r.finalistId)), ...ranking.filter((r) => !chosen.has(r.finalistId))];
  return ordered.map((r, i) => ({ nominationId: nominationOf.get(r.finalistId)!, rank: i + 1, isWinner: chosen.has(r.finalistId), ...figures(mode, r) }));
}

/** The winners the computed decision names, in ranking order. */
export function computedWinners(ranking: readonly RankedFinalist[]): string[] {
  return ranking.filter((r) => r.winner).map((r) => r.finalistId);
}

/** A category's state from its Result rows: none is computed; a reason on any row means overridden. */
export function resultState(rows: readonly { confirmedAt: Date | null; overrideReason: string | null }[]): ResultState {
  if (!rows.some((r) => r.confirmedAt !== null)) return "computed";
  return rows.some((r) => r.overrideReason) ? "overridden" : "confirmed";
}

/**
 * What the organiser saw, as a short string the confirm form posts back: if
 * the ranking changed meanwhile (a quarantine released, a nominee withdrew),
 * confirming refuses instead of recording something nobody looked at.
 */
export function decisionSignature(ranking: readonly RankedFinalist[]): string {
  return ranking.map((r) => `${r.finalistId}:${r.place}:${r.winner ? 1 : 0}`).join(",");
}
