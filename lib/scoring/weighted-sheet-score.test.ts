import { describe, expect, it } from "vitest";
import { weightedSheetScore } from "@/lib/scoring/weighted-sheet-score";

const criteria = [
  { id: "impact", weight: 2 },
  { id: "originality", weight: 1 },
];

describe("weightedSheetScore", () => {
  it("is the weighted mean of the criterion scores", () => {
    expect(weightedSheetScore({ scores: { impact: 9, originality: 3 } }, criteria)).toBe(7);
  });

  it("depends only on the weights' proportions", () => {
    const doubled = criteria.map((c) => ({ ...c, weight: c.weight * 2 }));
    expect(weightedSheetScore({ scores: { impact: 8, originality: 5 } }, doubled)).toBe(7);
  });

  it("is null, never zero, when a criterion has no score", () => {
    expect(weightedSheetScore({ scores: { impact: 9 } }, criteria)).toBeNull();
    expect(weightedSheetScore({ scores: { impact: 9, originality: Number.NaN } }, criteria)).toBeNull();
  });

  it("ignores scores for criteria the category no longer has", () => {
    expect(weightedSheetScore({ scores: { impact: 9, originality: 3, removed: 1 } }, criteria)).toBe(7);
  });
});
