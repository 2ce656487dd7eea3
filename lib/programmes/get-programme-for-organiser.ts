import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";
import { applyScheduledTransitions } from "@/lib/programmes/apply-scheduled-transitions";
import { nextActions, type NextActionKey } from "@/lib/programmes/next-actions";
import { checkTransition, nextPhases, type TransitionRefusal } from "@/lib/programmes/phase-rules";
import { loadJuryProgress, type JurorProgress } from "@/lib/programmes/load-jury-progress";
import { PHASES, ZCadence, ZDecisionMode, ZPhase, type DecisionMode, type Phase } from "@/lib/validation/statuses";

export interface OrganiserProgramme {
  id: string;
  slug: string;
  name: string;
  edition: string;
  description: string;
  organiserName: string;
  organiserContact: string;
  city: string;
  timeZone: string;
  defaultLocale: string;
  heroImage: string | null;
  privacyNotice: string;
  decisionMode: DecisionMode;
  juryWeight: number;
  publicWeight: number;
  cadence: string;
  phase: Phase;
  phaseChangedAt: Date;
  timeline: { phase: Phase; startsAt: Date | null; endsAt: Date | null }[];
  /** Each phase the organiser may move to, with why it is refused now (null when allowed). */
  next: { phase: Phase; refusal: TransitionRefusal | null }[];
  counts: { categories: number; organisers: number; jurors: number; nominationsByStatus: Record<string, number> };
  /** Per juror: submitted score sheets out of the eligible nominations they are assigned. */
  juryProgress: JurorProgress[];
  /** Ballots cast so far, once voting has opened (never a tally); null before. */
  votesCast: number | null;
  nextActions: NextActionKey[];
}

/**
 * The programme as its organisers see it. Applies due scheduled phase changes
 * first, so the page never shows a phase whose time is over.
 */
export async function getProgrammeForOrganiser({
  actor,
  programmeId,
  now = new Date(),
}: {
  actor: SessionUser | null;
  programmeId: string;
  now?: Date;
}): Promise<OrganiserProgramme> {
  if (!actor) authorize(actor, "programme.view");
  const exists = await db.programme.findUnique({ where: { id: programmeId }, select: { id: true } });
  if (!exists) throw new AppError("not_found", "No such programme.");
  authorize(actor, "programme.view", { programmeId: exists.id });
  await applyScheduledTransitions({ programmeId }, now);

  const p = await db.programme.findUniqueOrThrow({ where: { id: programmeId }, include: { phases: true } });
  const [categories, lockedShortlists, categoriesWithFinalists, confirmedResults, memberships, nominations] = await Promise.all([
    db.category.count({ where: { programmeId } }),
    db.category.count({ where: { programmeId, shortlistLockedAt: { not: null }, finalists: { some: {} } } }),
    db.category.count({ where: { programmeId, finalists: { some: {} } } }),
    db.category.count({ where: { programmeId, results: { some: { confirmedAt: { not: null } } } } }),
    db.membership.groupBy({ by: ["role"], where: { programmeId }, _count: { _all: true } }),
    db.nomination.groupBy({ by: ["status"], where: { programmeId }, _count: { _all: true } }),
  ]);
  const [categoriesWithoutCriteria, juryProgress] = await Promise.all([
    db.category.count({ where: { programmeId, criteria: { none: {} } } }),
    loadJuryProgress(programmeId),
  ]);
  const phase = ZPhase.catch("draft").parse(p.phase);
  const decisionMode = ZDecisionMode.catch("jury_only").parse(p.decisionMode);
  const facts = { decisionMode, categoryCount: categories, lockedShortlists, categoriesWithFinalists, confirmedResults };
  const roleCount = (role: string) => memberships.find((m) => m.role === role)?._count._all ?? 0;
  const byStatus = Object.fromEntries(nominations.map((n) => [n.status, n._count._all]));
  const votingOpened = decisionMode !== "jury_only" && PHASES.indexOf(phase) >= PHASES.indexOf("public_vote");

  return {
    id: p.id,
    slug: p.slug,
    name: p.name,
    edition: p.edition,
    description: p.description,
    organiserName: p.organiserName,
    organiserContact: p.organiserContact,
    city: p.city,
    timeZone: p.timeZone,
    defaultLocale: p.defaultLocale,
    heroImage: p.heroImage,
    privacyNotice: p.privacyNotice,
    decisionMode,
    juryWeight: p.juryWeight,
    publicWeight: p.publicWeight,
    cadence: ZCadence.catch("yearly").parse(p.cadence),
    phase,
    phaseChangedAt: p.phaseChangedAt,
    timeline: p.phases
      .flatMap((w) => (ZPhase.safeParse(w.phase).success ? [{ phase: w.phase as Phase, startsAt: w.startsAt, endsAt: w.endsAt }] : []))
      .sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase)),
    next: nextPhases(phase, decisionMode).map((to) => ({ phase: to, refusal: checkTransition(phase, to, facts) })),
    counts: {
      categories,
      organisers: roleCount("organiser"),
      jurors: roleCount("juror"),
      nominationsByStatus: byStatus,
    },
    juryProgress,
    votesCast: votingOpened ? await db.ballot.count({ where: { programmeId } }) : null,
    nextActions: nextActions({
      ...facts,
      phase,
      categoriesWithoutCriteria,
      jurorCount: roleCount("juror"),
      hasNominationWindow: p.phases.some((w) => w.phase === "nominations_open" && w.startsAt),
      awaitingModeration: byStatus.submitted ?? 0,
      jurySheetsOutstanding: juryProgress.reduce((sum, j) => sum + Math.max(0, j.assigned - j.scored), 0),
    }),
  };
}
