import { describe, expect, it } from "vitest";
import { diffSelection, orderFinalists, rankLabel, reasonsFor } from "@/lib/shortlist/shortlist-selection";

const ranking = [
  { nominationId: "a", rank: 1, score: 9 },
  { nominationId: "b", rank: 2, score: 7 },
  { nominationId: "c", rank: 2, score: 7 },
  { nominationId: "d", rank: 4, score: 3 },
  { nominationId: "e", rank: null, score: null },
];

describe("rankLabel", () => {
  it("marks shared ranks and leaves unscored nominations unranked", () => {
    expect(ranking.map((r) => rankLabel(r.rank, ranking))).toEqual(["1", "=2", "=2", "4", null]);
  });
});

describe("diffSelection and reasonsFor", () => {
  it("finds additions and removals against the proposal", () => {
    expect(diffSelection(["a", "b"], ["a", "c", "d"])).toEqual({ added: ["c", "d"], removed: ["b"] });
    expect(diffSelection(["a", "b"], ["b", "a"])).toEqual({ added: [], removed: [] });
  });

  it("counts a reason only for the change that happened, and not when blank", () => {
    const diff = { added: ["c"], removed: ["b"] };
    expect(reasonsFor(diff, [{ nominationId: "c", action: "remove", reason: "wrong way" }, { nominationId: "b", action: "remove", reason: " " }]).missing).toEqual(["c", "b"]);
    const ok = reasonsFor(diff, [
      { nominationId: "c", action: "add", reason: " Broader reach " },
      { nominationId: "b", action: "remove", reason: "Tie broken" },
      { nominationId: "a", action: "add", reason: "ignored: not a change" },
    ]);
    expect(ok.missing).toEqual([]);
    expect([...ok.reasons]).toEqual([
      ["c", "Broader reach"],
      ["b", "Tie broken"],
    ]);
  });
});

describe("orderFinalists", () => {
  it("orders by rank, with unranked additions last in the order chosen", () => {
    expect(orderFinalists(["e", "d", "a", "x"], ranking)).toEqual(["a", "d", "e", "x"]);
    expect(orderFinalists(["c", "b"], ranking)).toEqual(["b", "c"]);
  });
});
