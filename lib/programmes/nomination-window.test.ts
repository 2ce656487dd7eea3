import { describe, expect, it } from "vitest";
import { nominationWindow } from "@/lib/programmes/nomination-window";

const opensAt = new Date("2026-10-01T08:00:00Z");
const closesAt = new Date("2026-12-15T22:59:59Z");
const dates = { opensAt, closesAt };

describe("nominationWindow", () => {
  it("is open while the phase is nominations_open and the deadline has not passed", () => {
    expect(nominationWindow("nominations_open", dates, new Date("2026-11-01T00:00:00Z")).state).toBe("open");
  });

  it("closes at the deadline even if the organiser has not moved the phase on", () => {
    expect(nominationWindow("nominations_open", dates, closesAt)).toMatchObject({ state: "closed", deadlinePassed: true });
  });

  it("does not claim the deadline passed when the organiser closed early", () => {
    expect(nominationWindow("moderation", dates, new Date("2026-11-01T00:00:00Z"))).toMatchObject({
      state: "closed",
      deadlinePassed: false,
    });
  });

  it("is not yet open before the opening date", () => {
    expect(nominationWindow("nominations_open", dates, new Date("2026-09-30T00:00:00Z")).state).toBe("not_yet_open");
  });

  it("is open without dates when the phase says so", () => {
    expect(nominationWindow("nominations_open", { opensAt: null, closesAt: null }, new Date()).state).toBe("open");
  });

  it("is closed in every later phase, whatever the dates say", () => {
    for (const phase of ["moderation", "jury_review", "public_vote", "results_review", "results_published", "archived"] as const) {
      expect(nominationWindow(phase, dates, new Date("2026-11-01T00:00:00Z")).state).toBe("closed");
    }
  });
});
