// When results exist and when they may change. Pure: the refusal keys are
// messages under admin.results.errors.
import type { DecisionMode, Phase } from "@/lib/validation/statuses";
import { tallyAvailable } from "@/lib/voting/admin/vote-stage";

/** Null when the results can be computed (results review or later), otherwise why not. */
export function resultsRefusal(phase: Phase, mode: DecisionMode): "voteNotClosed" | "resultsNotReady" | null {
  if (tallyAvailable(phase)) return null;
  return mode === "jury_only" ? "resultsNotReady" : "voteNotClosed";
}

/** Draws, confirmations, overrides and reopening happen in results review only. */
export function resultsEditable(phase: Phase): boolean {
  return phase === "results_review";
}
