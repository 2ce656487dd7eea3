import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { can } from "@/lib/permissions/can";
import { jurorProgress } from "@/lib/shortlist/jury-progress";
import type { CategoryScoring } from "@/lib/shortlist/load-category-scoring";

/**
 * Jurors do not see each other's scores before giving their own. The chair is
 * a juror too: while the jury is scoring, a chair who still has nominations to
 * score (or declare a conflict on) in this category sees no ranking yet.
 * Organisers do not score, so this never holds them back. Returns how many
 * nominations are outstanding (0 = may see).
 */
export function ownScoresOutstanding(actor: SessionUser, scoring: CategoryScoring, phase: string): number {
  if (phase !== "jury_review") return 0;
  if (!can(actor, "nomination.score", { programmeId: scoring.programmeId, categoryId: scoring.categoryId })) return 0;
  const own = jurorProgress(scoring, actor.id);
  return own.expected - own.submitted;
}
