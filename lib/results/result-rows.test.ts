import { describe, expect, it } from "vitest";
import { decideCategory } from "@/lib/results/decision-formula";
import { computedWinners, confirmedRows, decisionSignature, overriddenRows, resultState } from "@/lib/results/result-rows";
import { drawFromForm, overrideFromForm } from "@/lib/results/results-schemas";

const at = new Date("2026-03-01T10:00:00Z");
const decision = decideCategory({
  mode: "combined",
  juryWeight: 60,
  publicWeight: 40,
  winnerCount: 1,
  finalists: [
    { finalistId: "a", juryScore: 9, votes: 1, submittedAt: at },
    { finalistId: "b", juryScore: 7, votes: 4, submittedAt: at },
    { finalistId: "c", juryScore: 5, votes: 3, submittedAt: at },
  ],
});
const nominationOf = new Map([["a", "na"], ["b", "nb"], ["c", "nc"]]);

describe("result rows", () => {
  it("records the computed decision with jury score, votes and the combined score", () => {
    const rows = confirmedRows("combined", decision.ranking, nominationOf);
    expect(rows.map((r) => [r.nominationId, r.rank, r.juryScore, r.votes, r.isWinner])).toEqual([
      ["nb", 1, 7, 4, true],
      ["na", 2, 9, 1, false],
      ["nc", 3, 5, 3, false],
    ]);
    expect(rows[0].combinedScore).toBeCloseTo(0.7, 9);
    expect(computedWinners(decision.ranking)).toEqual(["b"]);
  });

  it("keeps no votes for a jury-only decision and no combined score outside combined mode", () => {
    const rows = confirmedRows("jury_only", decision.ranking, nominationOf);
    expect(rows.every((r) => r.votes === null && r.combinedScore === null && r.juryScore !== null)).toBe(true);
    expect(confirmedRows("public_only", decision.ranking, nominationOf).every((r) => r.juryScore === null)).toBe(true);
  });

  it("puts overridden winners first and everyone else in the computed order", () => {
    const rows = overriddenRows("combined", decision.ranking, ["c"], nominationOf);
    expect(rows.map((r) => [r.nominationId, r.rank, r.isWinner])).toEqual([
      ["nc", 1, true],
      ["nb", 2, false],
      ["na", 3, false],
    ]);
  });

  it("names the state from the stored rows", () => {
    expect(resultState([])).toBe("computed");
    expect(resultState([{ confirmedAt: at, overrideReason: null }])).toBe("confirmed");
    expect(resultState([{ confirmedAt: at, overrideReason: null }, { confirmedAt: at, overrideReason: "Because." }])).toBe("overridden");
  });

  it("changes the signature when a place or a winner changes", () => {
    const other = decideCategory({ mode: "jury_only", winnerCount: 1, finalists: [{ finalistId: "a", juryScore: 9, votes: 0, submittedAt: at }, { finalistId: "b", juryScore: 7, votes: 0, submittedAt: at }] });
    expect(decisionSignature(decision.ranking)).toBe("b:1:1,a:2:0,c:3:0");
    expect(decisionSignature(other.ranking)).not.toBe(decisionSignature(decision.ranking));
  });
});

describe("the results forms", () => {
  const form = (entries: [string, string][]) => {
    const f = new FormData();
    for (const [k, v] of entries) f.append(k, v);
    return f;
  };

  it("reads a draw as the finalists in the order of their drawn places", () => {
    const parsed = drawFromForm(form([["categoryId", "k"], ["finalist", "x"], ["place", "2"], ["finalist", "y"], ["place", "1"], ["note", "Drawn by lot."]]));
    expect(parsed.success && parsed.data.order).toEqual(["y", "x"]);
  });

  it("refuses a draw whose places are not 1…n each once", () => {
    const parsed = drawFromForm(form([["categoryId", "k"], ["finalist", "x"], ["place", "1"], ["finalist", "y"], ["place", "1"], ["note", "Drawn by lot."]]));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["order"], message: "orderInvalid" });
  });

  it("refuses an override without a reason next to the reason field", () => {
    const parsed = overrideFromForm(form([["categoryId", "k"], ["winners", "x"], ["reason", "  "]]));
    expect(parsed.error?.issues[0]).toMatchObject({ path: ["reason"], message: "reasonRequired" });
  });
});
