import { describe, expect, it } from "vitest";
import { tallyCategory, type TallyBallot } from "@/lib/voting/tally/tally-category";

let serial = 0;
const ballot = (finalistId: string, quarantined = false): TallyBallot => ({
  finalistId,
  receiptHash: (++serial).toString(16).padStart(64, "0"),
  quarantinedAt: quarantined ? new Date("2026-05-01T10:00:00Z") : null,
});

describe("tallyCategory", () => {
  it("counts one vote per ballot and leaves quarantined ballots out", () => {
    const tally = tallyCategory({
      finalistIds: ["ana", "ben"],
      ballots: [ballot("ana"), ballot("ben"), ballot("ana"), ballot("ben", true), ballot("ben", true)],
    });
    expect(tally).toEqual({
      finalists: [
        { finalistId: "ana", votes: 2, rank: 1 },
        { finalistId: "ben", votes: 1, rank: 2 },
      ],
      counted: 3,
      quarantined: 2,
    });
  });

  it("shows ties as ties: equal votes share a rank and the next rank skips", () => {
    const tally = tallyCategory({
      finalistIds: ["d", "c", "b", "a", "e"],
      ballots: [ballot("a"), ballot("a"), ballot("b"), ballot("b"), ballot("c"), ballot("d"), ballot("c")],
    });
    expect(tally.finalists.map((f) => [f.finalistId, f.votes, f.rank])).toEqual([
      ["a", 2, 1],
      ["b", 2, 1],
      ["c", 2, 1],
      ["d", 1, 4],
      ["e", 0, 5],
    ]);
  });

  it("ranks every finalist when nobody voted", () => {
    const tally = tallyCategory({ finalistIds: ["b", "a"], ballots: [] });
    expect(tally).toEqual({ finalists: [{ finalistId: "a", votes: 0, rank: 1 }, { finalistId: "b", votes: 0, rank: 1 }], counted: 0, quarantined: 0 });
  });

  it("gives the same result whatever order the ballots and finalists come in", () => {
    const ballots = [ballot("x"), ballot("y"), ballot("y", true), ballot("z"), ballot("y")];
    expect(tallyCategory({ finalistIds: ["z", "y", "x"], ballots: [...ballots].reverse() })).toEqual(tallyCategory({ finalistIds: ["x", "y", "z"], ballots }));
  });

  it("refuses a ballot for someone who is not a finalist, even a quarantined one", () => {
    expect(() => tallyCategory({ finalistIds: ["a"], ballots: [ballot("b")] })).toThrow(RangeError);
    expect(() => tallyCategory({ finalistIds: ["a"], ballots: [ballot("b", true)] })).toThrow(RangeError);
  });

  it("refuses two ballots with one receipt hash and a finalist listed twice", () => {
    const one = ballot("a");
    expect(() => tallyCategory({ finalistIds: ["a"], ballots: [one, { ...one, quarantinedAt: new Date() }] })).toThrow(/two ballots/);
    expect(() => tallyCategory({ finalistIds: ["a", "a"], ballots: [] })).toThrow(/twice/);
  });
});
