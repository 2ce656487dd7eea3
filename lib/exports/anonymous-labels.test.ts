import { describe, expect, it } from "vitest";
import { anonymousNumbers } from "@/lib/exports/anonymous-labels";

describe("anonymousNumbers", () => {
  const ids = Array.from({ length: 12 }, (_, i) => `c${String(i).padStart(3, "0")}juror`);

  it("numbers every id once from 1, whatever the input order", () => {
    const numbers = anonymousNumbers("category-1", ids);
    expect([...numbers.values()].sort((a, b) => a - b)).toEqual(ids.map((_, i) => i + 1));
    expect(anonymousNumbers("category-1", [...ids].reverse().concat(ids[0]))).toEqual(numbers);
  });

  it("does not follow the order of the ids, and differs between categories", () => {
    const numbers = anonymousNumbers("category-1", ids);
    expect(ids.map((id) => numbers.get(id))).not.toEqual(ids.map((_, i) => i + 1));
    expect(anonymousNumbers("category-2", ids)).not.toEqual(numbers);
  });
});
