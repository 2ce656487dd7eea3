// Whether a programme's public vote has not started, is open, or has closed.
// Pure, so the pages, the casting path and the tests share one answer.
import type { Phase } from "@/lib/validation/statuses";

export type VoteStatus = "not_yet" | "open" | "closed";

const BEFORE_VOTE: ReadonlySet<Phase> = new Set(["draft", "nominations_open", "moderation", "jury_review"]);

/**
 * Open only in the public_vote phase and inside its window. The window's end
 * counts even before a request has moved the phase on, so a vote one
 * millisecond late is refused on every instance.
 */
export function voteStatus(phase: Phase, window: { opensAt: Date | null; closesAt: Date | null }, now: Date): VoteStatus {
  if (BEFORE_VOTE.has(phase)) return "not_yet";
  if (phase !== "public_vote") return "closed";
  if (window.closesAt && !(now.getTime() < window.closesAt.getTime())) return "closed";
  if (window.opensAt && now.getTime() < window.opensAt.getTime()) return "not_yet";
  return "open";
}

/** Programmes whose decision includes a public vote. */
export function hasPublicVote(decisionMode: string): boolean {
  return decisionMode !== "jury_only";
}

/** A finalist can receive votes (and be shown) while their nomination is still in play: not withdrawn, declined or erased. */
export const VOTABLE_NOMINATION_STATUS = "eligible";
