import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { assertNoConflict, assertScoringOpen, authorizeJuryNomination } from "@/lib/jury/authorize-jury-nomination";
import { checkScoreSheet, withSheetRetry, writeScoreSheet } from "@/lib/jury/write-score-sheet";

/**
 * Submits a juror's sheet for a nomination: every criterion scored on the
 * category's scale. Saves the values sent with it in the same transaction, so
 * what the juror saw is what counts. Submitting again (a double click, a second
 * tab) replaces the values of the one sheet; it never adds a second.
 */
export async function submitScoreSheet({
  actor,
  nominationId,
  sheet,
  now = new Date(),
}: {
  actor: SessionUser | null;
  nominationId: string;
  sheet: unknown;
  now?: Date;
}): Promise<{ sheetId: string; submittedAt: Date }> {
  return withSheetRetry(() =>
    db.$transaction(async (tx) => {
      const ctx = await authorizeJuryNomination(tx, { actor, nominationId });
      assertScoringOpen(ctx, now);
      await assertNoConflict(tx, ctx);
      const values = await checkScoreSheet(tx, ctx, sheet, true);
      const existing = await tx.scoreSheet.findUnique({
        where: { nominationId_jurorId: { nominationId, jurorId: ctx.me.id } },
        select: { status: true },
      });
      const { sheetId } = await writeScoreSheet(tx, { ctx, values, status: "submitted", now });
      await appendAuditEvent(
        tx,
        {
          programmeId: ctx.programme.id,
          actorId: ctx.me.id,
          action: "score_sheet.submitted",
          entityType: "ScoreSheet",
          entityId: sheetId,
          data: { nominationId, from: existing?.status ?? null, to: "submitted" },
        },
        now,
      );
      return { sheetId, submittedAt: now };
    }),
  );
}
