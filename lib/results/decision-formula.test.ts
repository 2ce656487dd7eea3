import { describe, expect, it } from "vitest";
import { decideCategory, rankPoints, type FormulaFinalist } from "@/lib/results/decision-formula";

const day = (d: number) => new Date(Date.UTC(2026, 9, d, 10));
const f = (finalistId: string, juryScore: number | null, votes: number, submittedOn = 1): FormulaFinalist => ({ finalistId, juryScore, votes, submittedAt: day(submittedOn) });
const order = (r: ReturnType<typeof decideCategory>) => r.ranking.map((x) => [x.finalistId, x.place, x.winner, x.tieBrokenBy]);

describe("rankPoints", () => {
  it("gives first 1, last 0, evenly spaced, and tied places the average of theirs", () => {
    // Four places are worth 1, 2/3, 1/3, 0; A and B share the first two: (1 + 2/3) / 2 = 5/6.
    const points = rankPoints(new Map([["A", 10], ["B", 10], ["C", 5], ["D", 1]]));
    expect(points.get("A")).toBeCloseTo(5 / 6, 10);
    expect(points.get("B")).toBeCloseTo(5 / 6, 10);
    expect(points.get("C")).toBeCloseTo(1 / 3, 10);
    expect(points.get("D")).toBe(0);
    expect(rankPoints(new Map([["solo", 3]])).get("solo")).toBe(1);
  });
});

describe("decideCategory: jury and public combined", () => {
  // The jury prefers A, the public C by a landslide (C's supporters mobilised 83 % of the votes).
  // Three places are worth 1, 0.5 and 0 points.
  //   jury:   A 8.5 → 1,  B 7.0 → 0.5,  C 6.0 → 0
  //   public: C 2000 → 1, B 300 → 0.5,  A 120 → 0
  const disagree = [f("A", 8.5, 120), f("B", 7.0, 300), f("C", 6.0, 2000)];

  it("60/40: A 0.6×1 + 0.4×0 = 0.6, B 0.3 + 0.2 = 0.5, C 0 + 0.4 = 0.4, so the landslide does not outweigh the jury", () => {
    const result = decideCategory({ mode: "combined", finalists: disagree, winnerCount: 1, juryWeight: 60, publicWeight: 40 });
    expect(result.ranking.map((r) => [r.finalistId, r.score])).toEqual([
      ["A", expect.closeTo(0.6, 10)],
      ["B", expect.closeTo(0.5, 10)],
      ["C", expect.closeTo(0.4, 10)],
    ]);
    expect(result.ranking.map((r) => [r.juryPoints, r.publicPoints])).toEqual([[1, 0], [0.5, 0.5], [0, 1]]);
    expect(order(result)).toEqual([["A", 1, true, null], ["B", 2, false, null], ["C", 3, false, null]]);
    expect(result.needsDraw).toEqual([]);
  });

  it("50/50: everyone scores 0.5 and the jury's score breaks the tie, in the published order", () => {
    const result = decideCategory({ mode: "combined", finalists: disagree, winnerCount: 1, juryWeight: 50, publicWeight: 50 });
    expect(result.ranking.every((r) => Math.abs(r.score - 0.5) < 1e-9)).toBe(true);
    expect(order(result)).toEqual([["A", 1, true, null], ["B", 2, false, "jury_score"], ["C", 3, false, "jury_score"]]);
  });

  it("30/70: the public side now carries it: C 0.7, B 0.5, A 0.3", () => {
    const result = decideCategory({ mode: "combined", finalists: disagree, winnerCount: 1, juryWeight: 30, publicWeight: 70 });
    expect(order(result)).toEqual([["C", 1, true, null], ["B", 2, false, null], ["A", 3, false, null]]);
    expect(result.ranking[0].score).toBeCloseTo(0.7, 10);
  });

  it("a bigger landslide changes nothing: only the order of the votes counts", () => {
    const bigger = [f("A", 8.5, 120), f("B", 7.0, 300), f("C", 6.0, 2_000_000)];
    const a = decideCategory({ mode: "combined", finalists: disagree, winnerCount: 1, juryWeight: 60, publicWeight: 40 });
    const b = decideCategory({ mode: "combined", finalists: bigger, winnerCount: 1, juryWeight: 60, publicWeight: 40 });
    expect(b.ranking.map((r) => [r.finalistId, r.score])).toEqual(a.ranking.map((r) => [r.finalistId, r.score]));
  });
});

describe("decideCategory: public vote among finalists", () => {
  it("ranks by votes; a tie goes to the earlier submission (no jury tie-break in public-only programmes)", () => {
    // B and C have 55 votes each; C applied on 1 October, B on 2 October.
    const result = decideCategory({ mode: "public_only", finalists: [f("A", null, 40), f("B", null, 55, 2), f("C", null, 55, 1)], winnerCount: 1 });
    expect(order(result)).toEqual([["C", 1, true, null], ["B", 2, false, "earlier_submission"], ["A", 3, false, null]]);
  });

  it("after a jury shortlist, the jury's score breaks a tie in votes before the submission date does", () => {
    const result = decideCategory({ mode: "jury_then_public", finalists: [f("A", 7, 100, 1), f("B", 9, 100, 2)], winnerCount: 1 });
    expect(order(result)).toEqual([["B", 1, true, null], ["A", 2, false, "jury_score"]]);
  });

  it("a tie nothing breaks across the winners' boundary needs the organiser's draw, and nobody wins until it is recorded", () => {
    const tied = [f("A", null, 10), f("B", null, 10), f("C", null, 3)];
    const open = decideCategory({ mode: "public_only", finalists: tied, winnerCount: 1 });
    expect(open.needsDraw).toEqual(["A", "B"]);
    expect(open.ranking.filter((r) => r.winner)).toEqual([]);
    expect(open.ranking.map((r) => r.place)).toEqual([1, 1, 3]);
    const drawn = decideCategory({ mode: "public_only", finalists: tied, winnerCount: 1, draw: ["B", "A"] });
    expect(order(drawn)).toEqual([["B", 1, true, null], ["A", 2, false, "draw"], ["C", 3, false, null]]);
    expect(drawn.needsDraw).toEqual([]);
  });

  it("a tie inside the winners needs no draw: both win", () => {
    const result = decideCategory({ mode: "public_only", finalists: [f("A", null, 10), f("B", null, 10), f("C", null, 3)], winnerCount: 2 });
    expect(result.needsDraw).toEqual([]);
    expect(result.ranking.filter((r) => r.winner).map((r) => r.finalistId)).toEqual(["A", "B"]);
  });
});

describe("decideCategory: jury only", () => {
  it("ranks by the jury's score; two winners, the tie at second place goes to the earlier submission", () => {
    const result = decideCategory({ mode: "jury_only", finalists: [f("A", 9, 0, 5), f("B", 8, 0, 4), f("C", 8, 0, 3), f("D", 7, 0, 1)], winnerCount: 2 });
    expect(order(result)).toEqual([["A", 1, true, null], ["C", 2, true, null], ["B", 3, false, "earlier_submission"], ["D", 4, false, null]]);
  });
});

describe("decideCategory: refuses input it cannot decide honestly", () => {
  it.each([
    ["weights that do not add up to 100", { mode: "combined" as const, finalists: [f("A", 1, 1)], winnerCount: 1, juryWeight: 60, publicWeight: 60 }],
    ["a combined decision without a jury score", { mode: "combined" as const, finalists: [f("A", null, 1)], winnerCount: 1, juryWeight: 50, publicWeight: 50 }],
    ["a finalist listed twice", { mode: "public_only" as const, finalists: [f("A", null, 1), f("A", null, 2)], winnerCount: 1 }],
    ["negative votes", { mode: "public_only" as const, finalists: [f("A", null, -1)], winnerCount: 1 }],
    ["no winners", { mode: "public_only" as const, finalists: [f("A", null, 1)], winnerCount: 0 }],
  ])("%s", (_name, options) => {
    expect(() => decideCategory(options)).toThrow(RangeError);
  });
});
