import { describe, expect, it } from "vitest";
import { shuffleFinalists } from "@/lib/voting/finalists/shuffle-finalists";

describe("shuffleFinalists", () => {
  it("keeps every finalist exactly once and leaves the input alone", () => {
    const input = ["a", "b", "c", "d", "e"];
    const out = shuffleFinalists(input);
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual(["a", "b", "c", "d", "e"]);
  });

  it("follows the random numbers it is given (Fisher–Yates)", () => {
    // Always picking index 0 rotates the first element to the end step by step.
    expect(shuffleFinalists(["a", "b", "c"], () => 0)).toEqual(["b", "c", "a"]);
    // Always picking the last index keeps the order.
    expect(shuffleFinalists(["a", "b", "c"], (n) => n - 1)).toEqual(["a", "b", "c"]);
  });

  it("puts each finalist first about equally often", () => {
    const firsts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const first = shuffleFinalists(["a", "b", "c"])[0];
      firsts.set(first, (firsts.get(first) ?? 0) + 1);
    }
    for (const name of ["a", "b", "c"]) expect(firsts.get(name)).toBeGreaterThan(850);
  });
});
