import { describe, expect, it } from "vitest";
import { nextActions, type ProgrammeState } from "@/lib/programmes/next-actions";

const fresh: ProgrammeState = {
  phase: "draft",
  decisionMode: "jury_then_public",
  categoryCount: 0,
  categoriesWithoutCriteria: 0,
  jurorCount: 0,
  hasNominationWindow: false,
  awaitingModeration: 0,
  jurySheetsOutstanding: 0,
  lockedShortlists: 0,
  confirmedResults: 0,
};

describe("nextActions", () => {
  it("starts a new programme with categories, timeline and jury", () => {
    expect(nextActions(fresh)).toEqual(["add_category", "invite_jurors", "set_nomination_window"]);
  });

  it("asks for criteria and then for opening, once categories exist", () => {
    const s = { ...fresh, categoryCount: 2, categoriesWithoutCriteria: 1, jurorCount: 3, hasNominationWindow: true };
    expect(nextActions(s)).toEqual(["add_criteria", "open_nominations"]);
  });

  it("needs no jury in a public-only programme", () => {
    expect(nextActions({ ...fresh, decisionMode: "public_only", categoryCount: 1, categoriesWithoutCriteria: 1, hasNominationWindow: true })).toEqual([
      "open_nominations",
    ]);
  });

  it("points to submissions waiting for moderation", () => {
    expect(nextActions({ ...fresh, phase: "moderation", categoryCount: 1, jurorCount: 1, awaitingModeration: 4 })).toEqual(["moderate"]);
  });

  it("chases the jury and asks for locked shortlists before the vote", () => {
    const s = { ...fresh, phase: "jury_review" as const, categoryCount: 2, jurySheetsOutstanding: 5, lockedShortlists: 1 };
    expect(nextActions(s)).toEqual(["chase_jury", "lock_shortlists"]);
    expect(nextActions({ ...s, decisionMode: "jury_only" })).toEqual(["chase_jury"]);
  });

  it("confirms results before publishing them", () => {
    const s = { ...fresh, phase: "results_review" as const, categoryCount: 2, confirmedResults: 1 };
    expect(nextActions(s)).toEqual(["confirm_results"]);
    expect(nextActions({ ...s, confirmedResults: 2 })).toEqual(["publish_results"]);
  });
});
