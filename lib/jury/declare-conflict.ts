import "server-only";
import { appendAuditEvent, type Tx } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZConflictInput } from "@/lib/jury/conflict-input";
import { issuesByField, JuryInputRefused } from "@/lib/jury/jury-input-refused";
import { conflictDeclarationClosed } from "@/lib/jury/jury-rules";
import { ZRecordId } from "@/lib/jury/score-sheet-input";
import { reachesJury } from "@/lib/nominations/reaches-jury";
import { requireActor } from "@/lib/permissions/authorize";
import { can } from "@/lib/permissions/can";
import { isUniqueViolation } from "@/lib/programmes/programme-errors";

const NOT_FOUND = "No such nomination.";

/**
 * Records that a juror has a conflict of interest with a nomination: a juror
 * for themself (conflict.declare in the nomination's category, for a
 * nomination they can see), or an organiser on a juror's behalf (jury.manage).
 * The juror's sheet for the nomination is deleted in the same transaction, so
 * nothing they wrote can count or be read by others; from then on they see
 * only the nomination's title. The audit row names the reason category, never
 * the note.
 */
export async function declareConflict({
  actor,
  nominationId,
  jurorId,
  reason,
  note,
  now = new Date(),
}: {
  actor: SessionUser | null;
  nominationId: string;
  jurorId: string;
  reason: string;
  note?: string | null;
  now?: Date;
}): Promise<{ id: string }> {
  const me = requireActor(actor);
  if (!ZRecordId.safeParse(nominationId).success || !ZRecordId.safeParse(jurorId).success) throw new AppError("not_found", NOT_FOUND);
  const input = ZConflictInput.safeParse({ reason, note });
  if (!input.success) throw new JuryInputRefused(issuesByField(input.error));
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.nomination.findUnique({
        where: { id: nominationId },
        select: {
          id: true,
          programmeId: true,
          categoryId: true,
          status: true,
          consent: { select: { status: true, guardianRequired: true, guardianConfirmedAt: true } },
          category: { select: { shortlistLockedAt: true } },
          programme: { select: { phase: true } },
        },
      });
      if (!row) throw new AppError("not_found", NOT_FOUND);
      const scope = { programmeId: row.programmeId, categoryId: row.categoryId };
      const organiser = can(me, "jury.manage", scope);
      if (!organiser && !(jurorId === me.id && can(me, "conflict.declare", scope))) throw new AppError("forbidden", "You cannot record this conflict.");
      // A juror declares only for what they can see; organisers for any nomination that exists for them.
      const visible = organiser ? row.status !== "pending_confirmation" : reachesJury(row);
      if (!visible) throw new AppError("not_found", NOT_FOUND);
      if (!(await isJurorOf(tx, jurorId, scope))) throw new JuryInputRefused({ jurorId: "notAJuror" });
      const closed = conflictDeclarationClosed({ phase: row.programme.phase, shortlistLockedAt: row.category.shortlistLockedAt });
      if (closed) throw new AppError("invalid_state", closed);

      const conflict = await tx.conflictDeclaration.create({
        data: { nominationId, jurorId, reason: input.data.reason, note: input.data.note, declaredById: me.id, createdAt: now },
        select: { id: true },
      });
      const sheet = await tx.scoreSheet.findUnique({ where: { nominationId_jurorId: { nominationId, jurorId } }, select: { id: true, status: true } });
      if (sheet) await tx.scoreSheet.delete({ where: { id: sheet.id } });
      await appendAuditEvent(
        tx,
        {
          programmeId: row.programmeId,
          actorId: me.id,
          action: "conflict.declared",
          entityType: "ConflictDeclaration",
          entityId: conflict.id,
          data: { nominationId, jurorId, reason: input.data.reason, onBehalf: jurorId !== me.id, deletedSheet: sheet ? { id: sheet.id, status: sheet.status } : null },
        },
        now,
      );
      return conflict;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "conflictAlreadyDeclared");
    throw error;
  }
}

/** Whether `userId` judges the category: a juror membership for it or for the whole programme. */
export async function isJurorOf(tx: Tx, userId: string, scope: { programmeId: string; categoryId: string }): Promise<boolean> {
  const membership = await tx.membership.findFirst({
    where: { userId, programmeId: scope.programmeId, role: "juror", OR: [{ categoryId: null }, { categoryId: scope.categoryId }] },
    select: { id: true },
  });
  return membership !== null;
}

// The organisers' conflicts page imports both acts from here.
export { withdrawConflict } from "@/lib/jury/withdraw-conflict";
