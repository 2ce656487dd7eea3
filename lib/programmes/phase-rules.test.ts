import { describe, expect, it } from "vitest";
import { checkTransition, nextPhases, TRANSITIONS, type PhaseFacts } from "@/lib/programmes/phase-rules";
import { PHASES } from "@/lib/validation/statuses";

const ready: PhaseFacts = {
  decisionMode: "jury_then_public",
  categoryCount: 2,
  lockedShortlists: 2,
  categoriesWithFinalists: 2,
  confirmedResults: 2,
};

describe("phase rules", () => {
  it("covers every phase and names only known phases", () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...PHASES].sort());
    for (const targets of Object.values(TRANSITIONS)) for (const t of targets) expect(PHASES).toContain(t);
  });

  it("refuses jumps the table does not allow", () => {
    expect(checkTransition("draft", "results_published", ready)).toBe("not_allowed");
    expect(checkTransition("archived", "draft", ready)).toBe("not_allowed");
  });

  it("does not open nominations without a category", () => {
    expect(checkTransition("draft", "nominations_open", { ...ready, categoryCount: 0 })).toBe("no_categories");
    expect(checkTransition("draft", "nominations_open", ready)).toBeNull();
  });

  it("does not open the vote before every shortlist is locked", () => {
    expect(checkTransition("jury_review", "public_vote", { ...ready, lockedShortlists: 1 })).toBe("shortlists_not_locked");
    expect(checkTransition("jury_review", "public_vote", { ...ready, categoriesWithFinalists: 1 })).toBe("no_finalists");
    expect(checkTransition("jury_review", "public_vote", ready)).toBeNull();
  });

  it("has no vote in a jury-only programme and skips the jury in a public-only one", () => {
    const jury = { ...ready, decisionMode: "jury_only" as const };
    expect(checkTransition("jury_review", "public_vote", jury)).toBe("no_vote_in_this_programme");
    expect(checkTransition("jury_review", "results_review", jury)).toBeNull();
    const pub = { ...ready, decisionMode: "public_only" as const, lockedShortlists: 0 };
    expect(checkTransition("moderation", "public_vote", pub)).toBeNull();
    expect(checkTransition("moderation", "jury_review", pub)).toBe("not_allowed");
  });

  it("needs the vote before results when the public decides too", () => {
    expect(checkTransition("jury_review", "results_review", ready)).toBe("vote_required");
    expect(checkTransition("public_vote", "results_review", ready)).toBeNull();
  });

  it("does not publish results before every category's result is confirmed", () => {
    expect(checkTransition("results_review", "results_published", { ...ready, confirmedResults: 1 })).toBe("results_not_confirmed");
    // Once anyone voted, organisers (who see the tally in results review) cannot go back and reopen the vote.
    expect(checkTransition("results_review", "jury_review", { ...ready, votesCast: 1 })).toBe("vote_already_held");
    expect(checkTransition("results_review", "jury_review", { ...ready, votesCast: 0 })).toBeNull();
    expect(checkTransition("results_review", "results_published", ready)).toBeNull();
  });

  it("offers only the moves that fit the decision mode", () => {
    expect(nextPhases("moderation", "jury_then_public")).toEqual(["jury_review", "nominations_open"]);
    expect(nextPhases("moderation", "public_only")).toEqual(["public_vote", "nominations_open"]);
    expect(nextPhases("jury_review", "jury_only")).toEqual(["results_review", "moderation"]);
  });
});
