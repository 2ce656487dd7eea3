// The jury's rules of play as pure functions: when sheets may change, when a
// juror may read the others' scores, what state a nomination is in for a juror.
// No I/O, so every case is a unit test; the domain functions and pages share them.
import { PHASES } from "@/lib/validation/statuses";

export type ScoresVisibility = "after_own" | "after_review";

/** Why a score sheet (or a conflict) can no longer change; message keys under jury.errors. */
export type ScoringClosed = "notJuryPhase" | "deadlinePassed" | "shortlistLocked";

/** The state of one nomination for one juror, as the lists show it. */
export type SheetState = "not_started" | "draft" | "submitted" | "conflict";

const JURY_PHASE_INDEX = PHASES.indexOf("jury_review");

/** True once the programme has moved beyond the jury phase (public vote, results, archive). */
export function isPastJuryPhase(phase: string): boolean {
  const index = PHASES.indexOf(phase as (typeof PHASES)[number]);
  return index > JURY_PHASE_INDEX;
}

/** True when `now` is at or after the jury deadline; no deadline means none has passed. */
export function deadlinePassed(deadline: Date | null, now: Date): boolean {
  return deadline !== null && now.getTime() >= deadline.getTime();
}

/**
 * Null while jurors may save, submit and reopen sheets for a category;
 * otherwise why not. Scoring happens only in the jury phase, before the
 * deadline, and never once the category's shortlist is locked.
 */
export function scoringClosed(facts: { phase: string; deadline: Date | null; shortlistLockedAt: Date | null; now: Date }): ScoringClosed | null {
  if (facts.phase !== "jury_review") return "notJuryPhase";
  if (facts.shortlistLockedAt) return "shortlistLocked";
  if (deadlinePassed(facts.deadline, facts.now)) return "deadlinePassed";
  return null;
}

/**
 * Declaring a conflict only takes a juror out, so it stays possible after the
 * deadline; but not once the shortlist is locked or the jury phase is over,
 * when it would change a result already decided.
 */
export function conflictDeclarationClosed(facts: { phase: string; shortlistLockedAt: Date | null }): ScoringClosed | null {
  if (isPastJuryPhase(facts.phase)) return "notJuryPhase";
  if (facts.shortlistLockedAt) return "shortlistLocked";
  return null;
}

/** Withdrawing a conflict lets a juror score again, so it follows the deadline as well. */
export function conflictWithdrawalClosed(facts: { phase: string; deadline: Date | null; shortlistLockedAt: Date | null; now: Date }): ScoringClosed | null {
  return conflictDeclarationClosed(facts) ?? (deadlinePassed(facts.deadline, facts.now) ? "deadlinePassed" : null);
}

/**
 * May a juror read the other jurors' sheets for a nomination? Never with a
 * conflict. With "after_own": once their own sheet is submitted (or the jury
 * phase is over, when nothing is left to influence). With "after_review": only
 * once the jury phase is over.
 */
export function otherScoresVisible(facts: {
  visibility: string;
  phase: string;
  ownStatus: "draft" | "submitted" | null;
  conflicted: boolean;
}): boolean {
  if (facts.conflicted) return false;
  if (isPastJuryPhase(facts.phase)) return true;
  if (facts.visibility === "after_own") return facts.ownStatus === "submitted";
  // "after_review" and anything unknown: keep them hidden while the jury works.
  return false;
}

export function sheetState(facts: { conflicted: boolean; sheetStatus: string | null }): SheetState {
  if (facts.conflicted) return "conflict";
  if (facts.sheetStatus === "submitted") return "submitted";
  if (facts.sheetStatus === "draft") return "draft";
  return "not_started";
}

/**
 * What a juror has left to do in a category: the nominations that reached the
 * jury minus those they declared a conflict for, and how many of those they
 * submitted a sheet for.
 */
export function juryProgress(facts: { nominationIds: readonly string[]; conflictIds: ReadonlySet<string>; submittedIds: ReadonlySet<string> }): {
  scored: number;
  total: number;
} {
  const mine = facts.nominationIds.filter((id) => !facts.conflictIds.has(id));
  return { scored: mine.filter((id) => facts.submittedIds.has(id)).length, total: mine.length };
}

/** A nomination's title: the group's name for a group, otherwise the nominee's. */
export function nominationTitle(n: { nomineeKind: string; nomineeName: string; groupName: string | null }): string {
  return n.nomineeKind === "group" && n.groupName ? n.groupName : n.nomineeName;
}
