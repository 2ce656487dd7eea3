// The programme lifecycle as data: which phase may follow which, and what must
// be true first. Pure, so every rule is unit-tested without a database.
import type { DecisionMode, Phase } from "@/lib/validation/statuses";

export const TRANSITIONS: Record<Phase, readonly Phase[]> = {
  draft: ["nominations_open"],
  nominations_open: ["moderation", "draft"],
  moderation: ["jury_review", "public_vote", "nominations_open"],
  jury_review: ["public_vote", "results_review", "moderation"],
  public_vote: ["results_review"],
  results_review: ["results_published", "jury_review"],
  results_published: ["archived"],
  archived: [],
};

/** What a precondition check needs to know about a programme, read beforehand. */
export interface PhaseFacts {
  decisionMode: DecisionMode;
  categoryCount: number;
  /** Categories whose shortlist is locked with at least one finalist. */
  lockedShortlists: number;
  /** Categories with at least one finalist. */
  categoriesWithFinalists: number;
  /** Categories whose results the organiser confirmed. */
  confirmedResults: number;
  /** Ballots cast in the programme's public vote (absent: none). */
  votesCast?: number;
}

export type TransitionRefusal =
  | "not_allowed"
  | "no_categories"
  | "shortlists_not_locked"
  | "no_finalists"
  | "vote_required"
  | "no_vote_in_this_programme"
  | "results_not_confirmed"
  | "vote_already_held";

const usesPublicVote = (mode: DecisionMode) => mode !== "jury_only";
const usesJury = (mode: DecisionMode) => mode !== "public_only";

/** Null when `from → to` may happen now, otherwise why not. */
export function checkTransition(from: Phase, to: Phase, facts: PhaseFacts): TransitionRefusal | null {
  if (!TRANSITIONS[from].includes(to)) return "not_allowed";
  if (to === "nominations_open" && facts.categoryCount === 0) return "no_categories";
  if (to === "public_vote") {
    if (!usesPublicVote(facts.decisionMode)) return "no_vote_in_this_programme";
    if (from === "moderation" && usesJury(facts.decisionMode)) return "not_allowed";
    if (facts.categoriesWithFinalists < facts.categoryCount) return "no_finalists";
    if (usesJury(facts.decisionMode) && facts.lockedShortlists < facts.categoryCount) return "shortlists_not_locked";
  }
  if (to === "results_review" && from === "jury_review" && usesPublicVote(facts.decisionMode)) return "vote_required";
  // The tally is open to organisers from results review on: going back before
  // the vote would let them reopen it knowing the count.
  if (from === "results_review" && to === "jury_review" && (facts.votesCast ?? 0) > 0) return "vote_already_held";
  if (to === "jury_review" && from === "moderation" && !usesJury(facts.decisionMode)) return "not_allowed";
  if (to === "results_published" && facts.confirmedResults < facts.categoryCount) return "results_not_confirmed";
  return null;
}

/** The phases an organiser can move to from here, in the order they happen. */
export function nextPhases(from: Phase, mode: DecisionMode): Phase[] {
  return TRANSITIONS[from].filter((to) => {
    if (to === "public_vote") return usesPublicVote(mode) && !(from === "moderation" && usesJury(mode));
    if (to === "results_review" && from === "jury_review") return !usesPublicVote(mode);
    if (to === "jury_review" && from === "moderation") return usesJury(mode);
    return true;
  });
}
