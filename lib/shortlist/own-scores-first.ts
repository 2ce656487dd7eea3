import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/permissions/can";
import { jurorProgress } from "@/lib/shortlist/jury-progress";
import type { CategoryScoring } from "@/lib/shortlist/load-category-scoring";
import { PHASES } from "@/lib/validation/statuses";

const JURY_PHASE = PHASES.indexOf("jury_review");

/** Until the jury phase is over (also before it started), the jurors' scores stay among themselves. */
export function juryPhaseNotOver(phase: string): boolean {
  const at = PHASES.indexOf(phase as (typeof PHASES)[number]);
  return at === -1 || at <= JURY_PHASE;
}

/**
 * Jurors do not see each other's scores before giving their own. The chair is
 * a juror too: until the jury phase is over, a chair who still has nominations
 * to score (or declare a conflict on) in this category sees no ranking yet.
 * Organisers (jury.manage) do not score, so this never holds them back.
 * Returns how many nominations are outstanding (0 = may see).
 */
export function ownScoresOutstanding(actor: SessionUser, scoring: CategoryScoring, phase: string): number {
  if (!juryPhaseNotOver(phase)) return 0;
  const scope = { programmeId: scoring.programmeId, categoryId: scoring.categoryId };
  if (can(actor, "jury.manage", scope)) return 0;
  if (!can(actor, "nomination.score", scope)) return 0;
  const own = jurorProgress(scoring, actor.id);
  return own.expected - own.submitted;
}

/**
 * With juryScoresVisibility "after_review" the jurors see each other's scores
 * only once the jury phase is over: that holds for the chair too, whatever
 * they submitted. Organisers (jury.manage) are never held back.
 */
export function heldUntilJuryPhaseEnds(actor: SessionUser, scoring: CategoryScoring, programme: { phase: string; juryScoresVisibility: string }): boolean {
  if (programme.juryScoresVisibility !== "after_review" || !juryPhaseNotOver(programme.phase)) return false;
  return !can(actor, "jury.manage", { programmeId: scoring.programmeId, categoryId: scoring.categoryId });
}

/** Why the viewer may not see the other jurors' scores of this category yet; null when they may. */
export function scoresWithheld(
  actor: SessionUser,
  scoring: CategoryScoring,
  programme: { phase: string; juryScoresVisibility: string },
): { outstanding: number; untilJuryPhaseEnds: boolean } | null {
  const outstanding = ownScoresOutstanding(actor, scoring, programme.phase);
  const untilJuryPhaseEnds = heldUntilJuryPhaseEnds(actor, scoring, programme);
  return outstanding || untilJuryPhaseEnds ? { outstanding, untilJuryPhaseEnds } : null;
}
