import "server-only";
import { lockResultsReview } from "@/lib/results/lock-results-review";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { transitionPhase } from "@/lib/programmes/transition-phase";
import { loadResultsProgramme } from "@/lib/results/load-results-programme";
import { notifyResults } from "@/lib/results/notify-results";
import { resultsRefusal } from "@/lib/results/results-stage";

type Env = Record<string, string | undefined>;

export interface PublishOutcome {
  /** Result rows that received their publication date. */
  published: number;
  /** Winners and finalists told by email. */
  emailed: number;
}

/**
 * Publishes every category at once: sets Result.publishedAt on each row and
 * moves the programme to results_published through transitionPhase, with
 * both audit events, in one transaction. Refused (nothing written) unless the
 * programme is in results review with every category confirmed; publishing
 * twice is refused as "alreadyPublished". After the commit each winner and
 * finalist is told the outcome in the language of their nomination.
 */
export async function publishResults({ actor, programmeId, now = new Date(), env = process.env }: { actor: SessionUser | null; programmeId: string; now?: Date; env?: Env }): Promise<PublishOutcome> {
  const { user } = await loadResultsProgramme(db, actor, programmeId);
  const published = await db.$transaction(async (tx) => {
    await lockResultsReview(tx, programmeId);
    const { programme } = await loadResultsProgramme(tx, user, programmeId);
    if (programme.phase === "results_published" || programme.phase === "archived") throw new AppError("invalid_state", "alreadyPublished");
    if (programme.phase !== "results_review") throw new AppError("invalid_state", resultsRefusal(programme.phase, programme.decisionMode) ?? "resultsNotReady");
    const categories = await tx.category.findMany({ where: { programmeId: programme.id }, select: { id: true, results: { where: { confirmedAt: { not: null } }, select: { id: true }, take: 1 } } });
    if (categories.length === 0 || categories.some((c) => c.results.length === 0)) throw new AppError("invalid_state", "notAllConfirmed");

    const { count } = await tx.result.updateMany({ where: { category: { programmeId: programme.id }, publishedAt: null }, data: { publishedAt: now } });
    await transitionPhase({ actor: user, programmeId: programme.id, from: "results_review", to: "results_published", now, tx });
    await appendAuditEvent(
      tx,
      { programmeId: programme.id, actorId: user.id, action: "results.published", entityType: "Programme", entityId: programme.id, data: { categories: categories.length, results: count } },
      now,
    );
    return count;
  });
  const emailed = await notifyResults({ programmeId, env });
  return { published, emailed };
}
