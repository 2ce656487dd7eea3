// How a category's winners are decided, as one pure function per decision mode.
// The same function computes the organiser's results review, the published
// results and the explanation on the public rules page, so they cannot differ.
//
// Combining the jury and the public (decision mode "combined") needs both on
// one scale. Laurel converts each side to RANK POINTS, not to vote shares:
// with n finalists, first place gets 1, last place 0, and the places between
// are evenly spaced ((n − rank) / (n − 1)); tied places share the average of
// the points they span. Then combined = juryWeight × jury points + publicWeight
// × public points (weights in percent, adding up to 100). With shares, a
// finalist whose supporters mobilise 90 % of the votes would carry that whole
// margin into the result and could outweigh any jury verdict; with ranks a
// landslide counts exactly as much as any other first place, so neither side
// can weigh more than its stated weight.
//
// Ties are broken in a fixed, published order: the jury's score (higher
// first; not in public-only programmes), then the earlier submission, then a
// draw the organiser records. A tie the rules cannot break is reported, never
// settled silently by an id.
import type { DecisionMode } from "@/lib/validation/statuses";

export interface FormulaFinalist {
  finalistId: string;
  /** The jury's score on its scale (mean over jurors, weighted), or null when the jury did not score. */
  juryScore: number | null;
  /** Counted (not quarantined) public votes. */
  votes: number;
  /** When the nomination or application was submitted: the second tie-break. */
  submittedAt: Date;
}

export interface FormulaOptions {
  mode: DecisionMode;
  finalists: readonly FormulaFinalist[];
  winnerCount: number;
  /** combined only: percentages, juryWeight + publicWeight = 100. */
  juryWeight?: number;
  publicWeight?: number;
  /** The organiser's recorded draw: finalist ids, first drawn first. Breaks only ties nothing else breaks. */
  draw?: readonly string[];
}

export type TieBreak = "jury_score" | "earlier_submission" | "draw";

export interface RankedFinalist {
  finalistId: string;
  /** 1-based place after tie-breaks; finalists the rules could not separate share a place. */
  place: number;
  juryScore: number | null;
  votes: number;
  /** Rank points in [0, 1] (combined mode; null otherwise). */
  juryPoints: number | null;
  publicPoints: number | null;
  /** What the ranking is by: the jury score, the votes, or the combined points. */
  score: number;
  winner: boolean;
  /** How this finalist was separated from the one just above, when their scores were equal. */
  tieBrokenBy: TieBreak | null;
}

export interface CategoryDecision {
  ranking: RankedFinalist[];
  /** Finalists tied across the winners' boundary that only a recorded draw can separate (empty when decided). */
  needsDraw: string[];
}

const EPSILON = 1e-9;

/** Rank points: first 1, last 0, ties share the average of their places' points. */
export function rankPoints(values: ReadonlyMap<string, number>): Map<string, number> {
  const ids = [...values.keys()];
  const n = ids.length;
  const points = new Map<string, number>();
  if (n === 1) {
    points.set(ids[0], 1);
    return points;
  }
  const sorted = [...ids].sort((a, b) => values.get(b)! - values.get(a)!);
  for (let i = 0; i < n; ) {
    let j = i;
    while (j + 1 < n && Math.abs(values.get(sorted[j + 1])! - values.get(sorted[i])!) < EPSILON) j++;
    // Places i..j (0-based) are tied: average their points.
    let sum = 0;
    for (let k = i; k <= j; k++) sum += (n - 1 - k) / (n - 1);
    for (let k = i; k <= j; k++) points.set(sorted[k], sum / (j - i + 1));
    i = j + 1;
  }
  return points;
}

function validate({ mode, finalists, winnerCount, juryWeight, publicWeight }: FormulaOptions): void {
  if (!Number.isInteger(winnerCount) || winnerCount < 1) throw new RangeError("winnerCount must be a positive integer");
  const ids = new Set(finalists.map((f) => f.finalistId));
  if (ids.size !== finalists.length) throw new RangeError("a finalist is listed twice");
  for (const f of finalists) {
    if (!Number.isInteger(f.votes) || f.votes < 0) throw new RangeError(`votes of ${f.finalistId} must be a non-negative integer`);
    if (mode !== "public_only" && mode !== "jury_then_public" && f.juryScore === null) throw new RangeError(`${f.finalistId} has no jury score, which ${mode} needs`);
  }
  if (mode === "combined") {
    if (juryWeight === undefined || publicWeight === undefined || juryWeight < 0 || publicWeight < 0 || juryWeight + publicWeight !== 100) {
      throw new RangeError("combined needs juryWeight and publicWeight adding up to 100");
    }
  }
}

/** The main score each mode ranks by. */
function scoresFor(options: FormulaOptions): { score: Map<string, number>; juryPoints: Map<string, number> | null; publicPoints: Map<string, number> | null } {
  const { mode, finalists } = options;
  const score = new Map<string, number>();
  if (mode === "jury_only") {
    for (const f of finalists) score.set(f.finalistId, f.juryScore!);
    return { score, juryPoints: null, publicPoints: null };
  }
  if (mode === "public_only" || mode === "jury_then_public") {
    for (const f of finalists) score.set(f.finalistId, f.votes);
    return { score, juryPoints: null, publicPoints: null };
  }
  const juryPoints = rankPoints(new Map(finalists.map((f) => [f.finalistId, f.juryScore!])));
  const publicPoints = rankPoints(new Map(finalists.map((f) => [f.finalistId, f.votes])));
  for (const f of finalists) {
    const combined = (options.juryWeight! * juryPoints.get(f.finalistId)! + options.publicWeight! * publicPoints.get(f.finalistId)!) / 100;
    score.set(f.finalistId, combined);
  }
  return { score, juryPoints, publicPoints };
}

export function decideCategory(options: FormulaOptions): CategoryDecision {
  validate(options);
  const { mode, finalists, winnerCount, draw = [] } = options;
  const { score, juryPoints, publicPoints } = scoresFor(options);
  const drawPlace = new Map(draw.map((id, i) => [id, i]));
  const usesJuryTieBreak = mode !== "public_only" && mode !== "jury_only";

  // Each tie-break in order; the first that separates two finalists decides.
  // Missing values (no jury score, not in the draw) come after present ones.
  const present = (x: number | undefined | null, y: number | undefined | null, order: (x: number, y: number) => number) =>
    x == null && y == null ? 0 : x == null ? 1 : y == null ? -1 : order(x, y);
  const tieBreaks: [TieBreak, (a: FormulaFinalist, b: FormulaFinalist) => number][] = [
    ...(usesJuryTieBreak ? [["jury_score", (a: FormulaFinalist, b: FormulaFinalist) => present(a.juryScore, b.juryScore, (x, y) => y - x)] as [TieBreak, (a: FormulaFinalist, b: FormulaFinalist) => number]] : []),
    ["earlier_submission", (a, b) => a.submittedAt.getTime() - b.submittedAt.getTime()],
    ["draw", (a, b) => present(drawPlace.get(a.finalistId), drawPlace.get(b.finalistId), (x, y) => x - y)],
  ];
  const compare = (a: FormulaFinalist, b: FormulaFinalist): { order: number; by: TieBreak | null } => {
    const diff = score.get(b.finalistId)! - score.get(a.finalistId)!;
    if (Math.abs(diff) >= EPSILON) return { order: diff, by: null };
    for (const [name, rule] of tieBreaks) {
      const order = rule(a, b);
      if (Math.abs(order) >= EPSILON) return { order, by: name };
    }
    return { order: 0, by: null };
  };

  const sorted = [...finalists].sort((a, b) => compare(a, b).order || (a.finalistId < b.finalistId ? -1 : 1));
  const ranking: RankedFinalist[] = [];
  sorted.forEach((f, i) => {
    const above = sorted[i - 1];
    const versus = above ? compare(above, f) : null;
    const unresolved = versus !== null && versus.order === 0;
    const place = unresolved ? ranking[i - 1].place : i + 1;
    ranking.push({
      finalistId: f.finalistId,
      place,
      juryScore: f.juryScore,
      votes: f.votes,
      juryPoints: juryPoints?.get(f.finalistId) ?? null,
      publicPoints: publicPoints?.get(f.finalistId) ?? null,
      score: score.get(f.finalistId)!,
      winner: false,
      tieBrokenBy: versus && versus.order !== 0 ? versus.by : null,
    });
  });

  // Winners: the first winnerCount places, unless a shared place straddles the boundary.
  const boundaryPlace = ranking[Math.min(winnerCount, ranking.length) - 1]?.place;
  const atBoundary = ranking.filter((r) => r.place === boundaryPlace);
  const straddles = ranking.filter((r) => r.place <= boundaryPlace).length > winnerCount;
  for (const r of ranking) r.winner = r.place < boundaryPlace || (r.place === boundaryPlace && !straddles);
  return { ranking, needsDraw: straddles ? atBoundary.map((r) => r.finalistId) : [] };
}
