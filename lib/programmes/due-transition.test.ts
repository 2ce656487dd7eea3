import { describe, expect, it } from "vitest";
import { dueTransition } from "./due-transition";

const now = new Date("2026-06-01T12:00:00Z");
const before = new Date("2026-05-01T00:00:00Z");
const after = new Date("2026-07-01T00:00:00Z");

describe("scheduled phase changes", () => {
  it("opens nominations from draft once their start has passed", () => {
    expect(dueTransition("draft", "jury_only", [{ phase: "nominations_open", startsAt: before, endsAt: after }], now)).toBe("nominations_open");
    expect(dueTransition("draft", "jury_only", [{ phase: "nominations_open", startsAt: after, endsAt: null }], now)).toBeNull();
    expect(dueTransition("draft", "jury_only", [], now)).toBeNull();
  });

  it("closes nominations once their end has passed, whatever comes next", () => {
    expect(dueTransition("nominations_open", "jury_only", [{ phase: "nominations_open", startsAt: null, endsAt: before }], now)).toBe("moderation");
    expect(dueTransition("nominations_open", "jury_only", [{ phase: "nominations_open", startsAt: before, endsAt: after }], now)).toBeNull();
  });

  it("moves on only when the current window ended and the next one started", () => {
    const windows = [
      { phase: "moderation", startsAt: null, endsAt: before },
      { phase: "jury_review", startsAt: after, endsAt: null },
    ];
    expect(dueTransition("moderation", "jury_only", windows, now)).toBeNull();
    expect(dueTransition("moderation", "jury_only", windows, new Date("2026-07-02T00:00:00Z"))).toBe("jury_review");
  });

  it("follows the decision mode: public vote only skips the jury", () => {
    const windows = [
      { phase: "moderation", startsAt: null, endsAt: before },
      { phase: "jury_review", startsAt: before, endsAt: null },
      { phase: "public_vote", startsAt: before, endsAt: null },
    ];
    expect(dueTransition("moderation", "public_only", windows, now)).toBe("public_vote");
    expect(dueTransition("moderation", "jury_then_public", windows, now)).toBe("jury_review");
  });

  it("treats a phase without an end as over when the next one starts", () => {
    expect(dueTransition("public_vote", "combined", [{ phase: "results_review", startsAt: before, endsAt: null }], now)).toBe("results_review");
  });

  it("never goes backwards and never leaves the archive", () => {
    expect(dueTransition("jury_review", "jury_only", [{ phase: "moderation", startsAt: before, endsAt: null }], now)).toBeNull();
    expect(dueTransition("archived", "jury_only", [], now)).toBeNull();
  });
});
