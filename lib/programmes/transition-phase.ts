import "server-only";
import { appendAuditEvent, type Tx } from "@/lib/audit/append-audit-event";
import { forgetUnpublishedResults } from "@/lib/results/forget-unpublished-results";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";
import { checkTransition, type PhaseFacts } from "@/lib/programmes/phase-rules";
import { PhaseTransitionRefused } from "@/lib/programmes/programme-errors";
import { ZDecisionMode, ZPhase, type Phase } from "@/lib/validation/statuses";

/** A person, or the scheduler acting on the timeline the organisers set. */
export type TransitionActor = SessionUser | { system: true } | null;

const isSystem = (actor: TransitionActor): actor is { system: true } => actor !== null && "system" in actor;

async function readFacts(tx: Tx, programmeId: string, decisionMode: string): Promise<PhaseFacts> {
  const [categoryCount, lockedShortlists, categoriesWithFinalists, confirmedResults, votesCast] = await Promise.all([
    tx.category.count({ where: { programmeId } }),
    tx.category.count({ where: { programmeId, shortlistLockedAt: { not: null }, finalists: { some: {} } } }),
    tx.category.count({ where: { programmeId, finalists: { some: {} } } }),
    tx.category.count({ where: { programmeId, results: { some: { confirmedAt: { not: null } } } } }),
    tx.ballot.count({ where: { programmeId } }),
  ]);
  return { decisionMode: ZDecisionMode.catch("jury_only").parse(decisionMode), categoryCount, lockedShortlists, categoriesWithFinalists, confirmedResults, votesCast };
}

/**
 * The one way a programme changes phase. Reads the facts, checks the
 * transition table and writes the new phase with its audit event in one
 * transaction; a refusal throws PhaseTransitionRefused and writes nothing.
 * `from`, when given, is the phase the caller saw: if another request moved the
 * programme meanwhile, this one is refused instead of applied twice.
 * `tx`, when given, is the caller's transaction: the phase change commits or
 * rolls back together with what the caller writes in it (publishing results).
 */
export async function transitionPhase({
  actor,
  programmeId,
  to,
  from,
  now = new Date(),
  tx: outer,
}: {
  actor: TransitionActor;
  programmeId: string;
  to: Phase;
  from?: Phase;
  now?: Date;
  tx?: Tx;
}): Promise<{ from: Phase; to: Phase }> {
  if (!isSystem(actor)) authorize(actor, "programme.transition", { programmeId });
  const target = ZPhase.parse(to);
  const inTransaction = <T>(work: (tx: Tx) => Promise<T>): Promise<T> => (outer ? work(outer) : db.$transaction(work));

  return inTransaction(async (tx) => {
    const programme = await tx.programme.findUnique({ where: { id: programmeId }, select: { phase: true, decisionMode: true } });
    if (!programme) throw new AppError("not_found", "No such programme.");
    const current = ZPhase.parse(programme.phase);
    if (from && from !== current) throw new PhaseTransitionRefused("phase_changed");

    const refusal = checkTransition(current, target, await readFacts(tx, programmeId, programme.decisionMode));
    if (refusal) throw new PhaseTransitionRefused(refusal);

    // Conditional on the phase read above: of two requests racing, only one moves it.
    const moved = await tx.programme.updateMany({ where: { id: programmeId, phase: current }, data: { phase: target, phaseChangedAt: now } });
    if (moved.count !== 1) throw new PhaseTransitionRefused("phase_changed");
    // However the programme gets there (the organiser's publish, the timeline), results are public from this moment.
    if (target === "results_published") await tx.result.updateMany({ where: { category: { programmeId }, publishedAt: null }, data: { publishedAt: now } });
    // Back to the jury: the scores may change, so results confirmed from them are confirmed again later.
    const reconfirm = current === "results_review" && target === "jury_review" ? await forgetUnpublishedResults(tx, programmeId) : 0;

    await appendAuditEvent(
      tx,
      {
        programmeId,
        actorId: isSystem(actor) ? null : actor!.id,
        action: "programme.phase_changed",
        entityType: "Programme",
        entityId: programmeId,
        data: { from: current, to: target, ...(isSystem(actor) ? { scheduled: true } : {}), ...(reconfirm ? { categoriesToConfirmAgain: reconfirm } : {}) },
      },
      now,
    );
    return { from: current, to: target };
  });
}
