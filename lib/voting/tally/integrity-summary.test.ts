import { describe, expect, it } from "vitest";
import { integritySummary } from "@/lib/voting/tally/integrity-summary";

describe("integritySummary", () => {
  it("adds up the categories and lists the reasons, largest first", () => {
    const summary = integritySummary(
      [
        { counted: 120, quarantined: 30 },
        { counted: 95, quarantined: 5 },
      ],
      [
        { reason: "Burst from one network", count: 20 },
        { reason: "Votes from a catch-all mail domain", count: 12 },
        { reason: "Burst from one network ", count: 3 },
        { reason: "Night-time burst", count: 0 },
      ],
    );
    expect(summary).toEqual({
      totalVotes: 250,
      counted: 215,
      quarantined: 35,
      byReason: [
        { reason: "Burst from one network", count: 23 },
        { reason: "Votes from a catch-all mail domain", count: 12 },
      ],
    });
  });

  it("has nothing to list when nothing was quarantined", () => {
    expect(integritySummary([{ counted: 7, quarantined: 0 }], [])).toEqual({ totalVotes: 7, counted: 7, quarantined: 0, byReason: [] });
    expect(integritySummary([], [])).toEqual({ totalVotes: 0, counted: 0, quarantined: 0, byReason: [] });
  });

  it("refuses reasons that do not account for every quarantined ballot", () => {
    expect(() => integritySummary([{ counted: 10, quarantined: 4 }], [{ reason: "Burst", count: 3 }])).toThrow(/4 quarantined .* 3/);
    expect(() => integritySummary([{ counted: 10, quarantined: 0 }], [{ reason: "Burst", count: 1 }])).toThrow(RangeError);
    expect(() => integritySummary([{ counted: 10, quarantined: 1 }], [{ reason: "Burst", count: 1.5 }])).toThrow(RangeError);
  });
});
