// Every (from, to) pair of phases, for every decision mode, with all
// preconditions met: the expected answer is written out by hand, so any change
// to the table or the mode rules shows up here.
import { describe, expect, it } from "vitest";
import { checkTransition, type PhaseFacts } from "@/lib/programmes/phase-rules";
import { PHASES, type DecisionMode, type Phase } from "@/lib/validation/statuses";

const ready = (decisionMode: DecisionMode): PhaseFacts => ({
  decisionMode,
  categoryCount: 2,
  lockedShortlists: 2,
  categoriesWithFinalists: 2,
  confirmedResults: 2,
});

const COMMON: [Phase, Phase][] = [
  ["draft", "nominations_open"],
  ["nominations_open", "moderation"],
  ["nominations_open", "draft"],
  ["moderation", "nominations_open"],
  ["jury_review", "moderation"],
  ["public_vote", "results_review"],
  ["results_review", "results_published"],
  ["results_review", "jury_review"],
  ["results_published", "archived"],
];

const ALLOWED: Record<DecisionMode, [Phase, Phase][]> = {
  jury_only: [...COMMON, ["moderation", "jury_review"], ["jury_review", "results_review"]],
  jury_then_public: [...COMMON, ["moderation", "jury_review"], ["jury_review", "public_vote"]],
  combined: [...COMMON, ["moderation", "jury_review"], ["jury_review", "public_vote"]],
  public_only: [...COMMON, ["moderation", "public_vote"], ["jury_review", "public_vote"]],
};

// The refusal each mode gives for a pair the table lists but the mode rules out.
const MODE_REFUSALS: Record<DecisionMode, Record<string, string>> = {
  jury_only: {
    "jury_review>public_vote": "no_vote_in_this_programme",
    "moderation>public_vote": "no_vote_in_this_programme",
  },
  jury_then_public: { "jury_review>results_review": "vote_required", "moderation>public_vote": "not_allowed" },
  combined: { "jury_review>results_review": "vote_required", "moderation>public_vote": "not_allowed" },
  public_only: { "jury_review>results_review": "vote_required", "moderation>jury_review": "not_allowed" },
};

describe.each(Object.keys(ALLOWED) as DecisionMode[])("every transition in a %s programme", (mode) => {
  const allowed = new Set(ALLOWED[mode].map(([f, t]) => `${f}>${t}`));
  for (const from of PHASES) {
    for (const to of PHASES) {
      const key = `${from}>${to}`;
      const special = MODE_REFUSALS[mode][key];
      const expected = allowed.has(key) ? null : (special ?? "not_allowed");
      it(`${from} → ${to}: ${expected ?? "allowed"}`, () => {
        expect(checkTransition(from, to, ready(mode))).toBe(expected);
      });
    }
  }
});
