import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { scoringClosed } from "@/lib/jury/jury-rules";
import { ZRecordId } from "@/lib/jury/score-sheet-input";
import { reachesJury } from "@/lib/nominations/reaches-jury";
import { authorize, requireActor } from "@/lib/permissions/authorize";

export interface JuryNominationContext {
  me: SessionUser;
  nomination: { id: string; programmeId: string; categoryId: string };
  programme: { id: string; name: string; edition: string; phase: string; timeZone: string; juryBlind: boolean; juryScoresVisibility: string };
  category: { id: string; name: string; scale: { min: number; max: number }; shortlistLockedAt: Date | null };
  /** The end of the jury_review phase; null when the timeline sets none. */
  deadline: Date | null;
}

/**
 * The per-object check every juror act on a nomination starts with: the actor
 * scores in the nomination's category, and the nomination reached the jury.
 * Anyone without a juror's place in the programme learns "forbidden" before
 * anything about its nominations; a juror asking for a nomination they cannot
 * see (another category, not yet eligible, a tampered id) learns nothing more
 * than "forbidden" or "not found". `programmeId`, when given, is the one in the
 * URL: a nomination of another programme is not found there.
 */
export async function authorizeJuryNomination(
  tx: Tx,
  { actor, nominationId, programmeId }: { actor: SessionUser | null; nominationId: string; programmeId?: string },
): Promise<JuryNominationContext> {
  const signedIn = requireActor(actor);
  if (!ZRecordId.safeParse(nominationId).success) throw new AppError("not_found", "No such nomination for this jury.");
  const row = await tx.nomination.findUnique({
    where: { id: nominationId },
    select: {
      id: true,
      programmeId: true,
      categoryId: true,
      status: true,
      consent: { select: { status: true, guardianRequired: true, guardianConfirmedAt: true } },
      category: { select: { id: true, name: true, scoreScaleMin: true, scoreScaleMax: true, shortlistLockedAt: true } },
      programme: {
        select: {
          id: true,
          name: true,
          edition: true,
          phase: true,
          timeZone: true,
          juryBlind: true,
          juryScoresVisibility: true,
          phases: { where: { phase: "jury_review" }, select: { endsAt: true } },
        },
      },
    },
  });
  if (!row || (programmeId !== undefined && row.programmeId !== programmeId)) {
    if (programmeId !== undefined) refuseOutsider(signedIn, programmeId);
    throw new AppError("not_found", "No such nomination for this jury.");
  }
  refuseOutsider(signedIn, row.programmeId);
  const me = authorize(signedIn, "nomination.score", { programmeId: row.programmeId, categoryId: row.categoryId });
  if (!reachesJury(row)) throw new AppError("not_found", "No such nomination for this jury.");
  const { programme, category } = row;
  return {
    me,
    nomination: { id: row.id, programmeId: row.programmeId, categoryId: row.categoryId },
    programme: {
      id: programme.id,
      name: programme.name,
      edition: programme.edition,
      phase: programme.phase,
      timeZone: programme.timeZone,
      juryBlind: programme.juryBlind,
      juryScoresVisibility: programme.juryScoresVisibility,
    },
    category: { id: category.id, name: category.name, scale: { min: category.scoreScaleMin, max: category.scoreScaleMax }, shortlistLockedAt: category.shortlistLockedAt },
    deadline: programme.phases[0]?.endsAt ?? null,
  };
}

/** Forbidden for anyone who scores in no category of the programme. */
function refuseOutsider(actor: SessionUser, programmeId: string): void {
  const juror = actor.memberships.some((m) => m.programmeId === programmeId && m.role === "juror");
  if (!juror) throw new AppError("forbidden", "Not a juror of this programme.");
}

/** Throws AppError invalid_state (message: a jury.errors key) when sheets of this category cannot change now. */
export function assertScoringOpen(ctx: JuryNominationContext, now: Date): void {
  const closed = scoringClosed({ phase: ctx.programme.phase, deadline: ctx.deadline, shortlistLockedAt: ctx.category.shortlistLockedAt, now });
  if (closed) throw new AppError("invalid_state", closed);
}

/** Throws when the juror declared a conflict for the nomination: they neither see nor score it. */
export async function assertNoConflict(tx: Tx, ctx: JuryNominationContext): Promise<void> {
  const conflict = await tx.conflictDeclaration.findUnique({
    where: { nominationId_jurorId: { nominationId: ctx.nomination.id, jurorId: ctx.me.id } },
    select: { id: true },
  });
  if (conflict) throw new AppError("invalid_state", "conflictDeclared");
}
