import { describe, expect, it } from "vitest";
import { addContinued, CONTINUED_MAX, parseContinued } from "@/lib/jury/continued-nominations";

describe("the continued-nominations cookie", () => {
  it("remembers nominations per juror, newest last, without duplicates", () => {
    let value = addContinued(undefined, "u1", "n1");
    value = addContinued(value, "u1", "n2");
    value = addContinued(value, "u1", "n1");
    expect(parseContinued(value, "u1")).toEqual(["n2", "n1"]);
  });

  it("ignores another juror's cookie and starts afresh for them", () => {
    const theirs = addContinued(undefined, "u1", "n1");
    expect(parseContinued(theirs, "u2")).toEqual([]);
    expect(parseContinued(addContinued(theirs, "u2", "n9"), "u2")).toEqual(["n9"]);
  });

  it("drops malformed entries and keeps only the newest ones", () => {
    expect(parseContinued("u1:n1.<script>..n2", "u1")).toEqual(["n1", "n2"]);
    expect(parseContinued("garbage", "u1")).toEqual([]);
    expect(parseContinued(addContinued(undefined, "u1", "bad id!"), "u1")).toEqual([]);
    let value: string | undefined;
    for (let i = 0; i < CONTINUED_MAX + 10; i++) value = addContinued(value, "u1", `n${i}`);
    const kept = parseContinued(value, "u1");
    expect(kept).toHaveLength(CONTINUED_MAX);
    expect(kept.at(-1)).toBe(`n${CONTINUED_MAX + 9}`);
    expect(value!.length).toBeLessThan(4000);
  });
});
