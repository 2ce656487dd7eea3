import { describe, expect, it } from "vitest";
import { PHASES } from "@/lib/validation/statuses";
import { voteStatus } from "@/lib/voting/context/vote-status";

const opensAt = new Date("2026-06-01T08:00:00Z");
const closesAt = new Date("2026-06-15T20:00:00Z");
const during = new Date("2026-06-05T12:00:00Z");

describe("voteStatus", () => {
  it("is open only in the public vote phase inside the window, closing at the exact millisecond", () => {
    expect(voteStatus("public_vote", { opensAt, closesAt }, during)).toBe("open");
    expect(voteStatus("public_vote", { opensAt, closesAt }, new Date(opensAt.getTime() - 1))).toBe("not_yet");
    expect(voteStatus("public_vote", { opensAt, closesAt }, opensAt)).toBe("open");
    expect(voteStatus("public_vote", { opensAt, closesAt }, new Date(closesAt.getTime() - 1))).toBe("open");
    expect(voteStatus("public_vote", { opensAt, closesAt }, closesAt)).toBe("closed");
    expect(voteStatus("public_vote", { opensAt: null, closesAt: null }, during)).toBe("open");
  });

  it("is not yet open before the vote phase and closed after it, whatever the window says", () => {
    const statuses = Object.fromEntries(PHASES.map((phase) => [phase, voteStatus(phase, { opensAt, closesAt }, during)]));
    expect(statuses).toEqual({
      draft: "not_yet", nominations_open: "not_yet", moderation: "not_yet", jury_review: "not_yet",
      public_vote: "open", results_review: "closed", results_published: "closed", archived: "closed",
    });
  });

  it("fails closed on an invalid clock", () => {
    expect(voteStatus("public_vote", { opensAt, closesAt }, new Date(Number.NaN))).toBe("closed");
  });
});
