import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { conflictWithdrawalClosed } from "@/lib/jury/jury-rules";
import { ZRecordId } from "@/lib/jury/score-sheet-input";
import { requireActor } from "@/lib/permissions/authorize";
import { can } from "@/lib/permissions/can";

const NOT_FOUND = "No such conflict declaration.";

/**
 * Takes back a conflict declaration (declared by mistake): the juror, or an
 * organiser (jury.manage), before the jury deadline and while the shortlist is
 * open. The juror then starts the nomination afresh: their old sheet was
 * deleted with the declaration.
 */
export async function withdrawConflict({
  actor,
  conflictId,
  now = new Date(),
}: {
  actor: SessionUser | null;
  conflictId: string;
  now?: Date;
}): Promise<{ nominationId: string }> {
  const me = requireActor(actor);
  if (!ZRecordId.safeParse(conflictId).success) throw new AppError("not_found", NOT_FOUND);
  return db.$transaction(async (tx) => {
    const row = await tx.conflictDeclaration.findUnique({
      where: { id: conflictId },
      select: {
        id: true,
        jurorId: true,
        declaredById: true,
        reason: true,
        nomination: {
          select: {
            id: true,
            programmeId: true,
            categoryId: true,
            category: { select: { shortlistLockedAt: true } },
            programme: { select: { phase: true, phases: { where: { phase: "jury_review" }, select: { endsAt: true } } } },
          },
        },
      },
    });
    if (!row) throw new AppError("not_found", NOT_FOUND);
    const n = row.nomination;
    const scope = { programmeId: n.programmeId, categoryId: n.categoryId };
    const organiser = can(me, "jury.manage", scope);
    // A juror withdraws only a conflict they declared themself, not one an organiser recorded for them.
    if (!organiser && !(row.jurorId === me.id && row.declaredById === me.id && can(me, "conflict.declare", scope))) throw new AppError("forbidden", "You cannot withdraw this conflict.");
    const closed = conflictWithdrawalClosed({
      phase: n.programme.phase,
      deadline: n.programme.phases[0]?.endsAt ?? null,
      shortlistLockedAt: n.category.shortlistLockedAt,
      now,
    });
    if (closed) throw new AppError("invalid_state", closed);
    const deleted = await tx.conflictDeclaration.deleteMany({ where: { id: row.id } });
    if (deleted.count === 0) throw new AppError("not_found", NOT_FOUND);
    await appendAuditEvent(
      tx,
      {
        programmeId: n.programmeId,
        actorId: me.id,
        action: "conflict.withdrawn",
        entityType: "ConflictDeclaration",
        entityId: row.id,
        data: { nominationId: n.id, jurorId: row.jurorId, reason: row.reason, onBehalf: row.jurorId !== me.id },
      },
      now,
    );
    return { nominationId: n.id };
  });
}
