import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertNoConflict, assertScoringOpen, authorizeJuryNomination } from "@/lib/jury/authorize-jury-nomination";
import { checkScoreSheet, withSheetRetry, writeScoreSheet } from "@/lib/jury/write-score-sheet";

export interface SavedDraft {
  savedAt: Date;
  /** Criteria whose comment could not be kept because they have no score yet. */
  unsavedComments: string[];
}

/**
 * Saves a juror's sheet as a draft (the form autosaves through this): scores
 * may be missing, but whatever is there must be on the category's scale and
 * within the length limits, or nothing is saved. A submitted sheet is not
 * turned back into a draft by a late autosave: reopen it first. No audit row:
 * drafts are working notes; submitting and reopening are recorded.
 */
export async function saveScoreSheetDraft({
  actor,
  nominationId,
  sheet,
  now = new Date(),
}: {
  actor: SessionUser | null;
  nominationId: string;
  /** Unchecked input (ScoreSheetValues once valid). */
  sheet: unknown;
  now?: Date;
}): Promise<SavedDraft> {
  return withSheetRetry(() =>
    db.$transaction(async (tx) => {
      const ctx = await authorizeJuryNomination(tx, { actor, nominationId });
      assertScoringOpen(ctx, now);
      await assertNoConflict(tx, ctx);
      const values = await checkScoreSheet(tx, ctx, sheet, false);
      const existing = await tx.scoreSheet.findUnique({
        where: { nominationId_jurorId: { nominationId, jurorId: ctx.me.id } },
        select: { status: true },
      });
      if (existing?.status === "submitted") throw new AppError("invalid_state", "sheetSubmitted");
      const written = await writeScoreSheet(tx, { ctx, values, status: "draft", now });
      return { savedAt: written.updatedAt, unsavedComments: written.unsavedComments };
    }),
  );
}
