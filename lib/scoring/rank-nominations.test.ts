import { describe, expect, it } from "vitest";
import { proposeShortlist } from "@/lib/scoring/propose-shortlist";
import { rankNominations, TIE_TOLERANCE } from "@/lib/scoring/rank-nominations";

const entries = (scores: Record<string, number | null>) => Object.entries(scores).map(([nominationId, score]) => ({ nominationId, score }));

describe("rankNominations", () => {
  it("uses competition ranking: ties share a rank and the next rank skips", () => {
    const ranking = rankNominations(entries({ d: 5, b: 7, c: 7, a: 8, e: null }));
    expect(ranking.map((r) => [r.nominationId, r.rank])).toEqual([["a", 1], ["b", 2], ["c", 2], ["d", 4], ["e", null]]);
  });

  it("treats means within the tolerance as a tie, anchored on the tie's first member", () => {
    // c is within the tolerance of b but not of a: the tie does not stretch along the chain.
    const ranking = rankNominations(entries({ a: 6, b: 6 - 0.6 * TIE_TOLERANCE, c: 6 - 1.2 * TIE_TOLERANCE }));
    expect(ranking.map((r) => r.rank)).toEqual([1, 1, 3]);
    // 0.1 + 0.2 and 0.3 differ in the last bit only.
    expect(rankNominations(entries({ x: 0.1 + 0.2, y: 0.3 })).map((r) => r.rank)).toEqual([1, 1]);
  });

  it("lists tied and unscored nominations by id, whatever order they came in", () => {
    const ranking = rankNominations(entries({ z: null, c: 6 - TIE_TOLERANCE / 2, b: 6, y: null }));
    expect(ranking.map((r) => r.nominationId)).toEqual(["b", "c", "y", "z"]);
  });

  it("refuses a nomination listed twice or a score that is not a number", () => {
    expect(() => rankNominations([{ nominationId: "a", score: 1 }, { nominationId: "a", score: 2 }])).toThrow(RangeError);
    expect(() => rankNominations([{ nominationId: "a", score: Number.NaN }])).toThrow(RangeError);
  });
});

describe("proposeShortlist", () => {
  it("proposes the top N when the boundary is clear", () => {
    const ranking = rankNominations(entries({ a: 9, b: 8, c: 7, d: 7 }));
    expect(proposeShortlist(ranking, 2)).toEqual({ finalistIds: ["a", "b"], boundaryTie: null });
    expect(proposeShortlist(ranking, 4)).toEqual({ finalistIds: ["a", "b", "c", "d"], boundaryTie: null });
  });

  it("warns when the N-th and (N+1)-th share a rank, naming everyone in the tie", () => {
    const ranking = rankNominations(entries({ a: 9, b: 7, c: 7, d: 7, e: 6 }));
    expect(proposeShortlist(ranking, 2)).toEqual({ finalistIds: ["a", "b"], boundaryTie: { rank: 2, nominationIds: ["b", "c", "d"] } });
    expect(proposeShortlist(ranking, 3).boundaryTie).toEqual({ rank: 2, nominationIds: ["b", "c", "d"] });
    expect(proposeShortlist(ranking, 4).boundaryTie).toBeNull();
  });

  it("never proposes an unscored nomination, even when too few were scored", () => {
    const ranking = rankNominations(entries({ a: 5, b: null, c: null }));
    expect(proposeShortlist(ranking, 3)).toEqual({ finalistIds: ["a"], boundaryTie: null });
    expect(proposeShortlist(ranking, 0)).toEqual({ finalistIds: [], boundaryTie: null });
    expect(proposeShortlist([], 3)).toEqual({ finalistIds: [], boundaryTie: null });
  });

  it("refuses a finalist count that is not a whole number", () => {
    expect(() => proposeShortlist([], -1)).toThrow(RangeError);
    expect(() => proposeShortlist([], 1.5)).toThrow(RangeError);
  });
});
