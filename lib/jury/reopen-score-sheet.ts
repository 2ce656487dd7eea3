import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertNoConflict, assertScoringOpen, authorizeJuryNomination } from "@/lib/jury/authorize-jury-nomination";

/**
 * Turns a juror's submitted sheet back into a draft so they can change it:
 * only in the jury phase, before the jury deadline and while the category's
 * shortlist is open. The scores stay; the sheet stops counting until it is
 * submitted again.
 */
export async function reopenScoreSheet({
  actor,
  nominationId,
  now = new Date(),
}: {
  actor: SessionUser | null;
  nominationId: string;
  now?: Date;
}): Promise<{ sheetId: string }> {
  return db.$transaction(async (tx) => {
    const ctx = await authorizeJuryNomination(tx, { actor, nominationId });
    assertScoringOpen(ctx, now);
    await assertNoConflict(tx, ctx);
    const sheet = await tx.scoreSheet.findUnique({
      where: { nominationId_jurorId: { nominationId, jurorId: ctx.me.id } },
      select: { id: true, status: true },
    });
    if (!sheet || sheet.status !== "submitted") throw new AppError("invalid_state", "sheetNotSubmitted");
    // Guarded on the status so two reopen clicks write one audit row.
    const changed = await tx.scoreSheet.updateMany({ where: { id: sheet.id, status: "submitted" }, data: { status: "draft", submittedAt: null } });
    if (changed.count === 0) throw new AppError("invalid_state", "sheetNotSubmitted");
    await appendAuditEvent(
      tx,
      {
        programmeId: ctx.programme.id,
        actorId: ctx.me.id,
        action: "score_sheet.reopened",
        entityType: "ScoreSheet",
        entityId: sheet.id,
        data: { nominationId, from: "submitted", to: "draft" },
      },
      now,
    );
    return { sheetId: sheet.id };
  });
}
