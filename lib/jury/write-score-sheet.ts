import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import type { JuryNominationContext } from "@/lib/jury/authorize-jury-nomination";
import { issuesByField, JuryInputRefused } from "@/lib/jury/jury-input-refused";
import { scoreSheetSchema, type ScoreSheetValues } from "@/lib/jury/score-sheet-input";
import { isUniqueViolation } from "@/lib/programmes/programme-errors";

/** The sheet checked against the category's scale and criteria; throws JuryInputRefused with every field's problem. */
export async function checkScoreSheet(tx: Tx, ctx: JuryNominationContext, input: unknown, complete: boolean): Promise<ScoreSheetValues> {
  const criteria = await tx.criterion.findMany({ where: { categoryId: ctx.category.id }, select: { id: true } });
  if (criteria.length === 0) throw new AppError("invalid_state", "noCriteria");
  const parsed = scoreSheetSchema({ scale: ctx.category.scale, criterionIds: criteria.map((c) => c.id), complete }).safeParse(input);
  if (!parsed.success) throw new JuryInputRefused(issuesByField(parsed.error), ctx.category.scale);
  return parsed.data;
}

/**
 * Writes the juror's one sheet for the nomination (created on first save) and
 * replaces its scores, so saving or submitting again never duplicates
 * anything. A comment on a criterion without a score cannot be stored (a
 * score row needs its value); those criteria are returned so the form can say so.
 */
export async function writeScoreSheet(
  tx: Tx,
  { ctx, values, status, now }: { ctx: JuryNominationContext; values: ScoreSheetValues; status: "draft" | "submitted"; now: Date },
): Promise<{ sheetId: string; updatedAt: Date; unsavedComments: string[] }> {
  const key = { nominationId_jurorId: { nominationId: ctx.nomination.id, jurorId: ctx.me.id } };
  const fields = { status, overallNote: values.overallNote || null, submittedAt: status === "submitted" ? now : null };
  const sheet = await tx.scoreSheet.upsert({
    where: key,
    create: { nominationId: ctx.nomination.id, jurorId: ctx.me.id, ...fields },
    update: fields,
    select: { id: true, updatedAt: true },
  });
  await tx.score.deleteMany({ where: { sheetId: sheet.id } });
  const entries = Object.entries(values.scores);
  const scored = entries.flatMap(([criterionId, e]) => (e.value === null ? [] : [{ sheetId: sheet.id, criterionId, value: e.value, comment: e.comment || null }]));
  if (scored.length > 0) await tx.score.createMany({ data: scored });
  const unsavedComments = entries.filter(([, e]) => e.value === null && e.comment !== "").map(([id]) => id);
  return { sheetId: sheet.id, updatedAt: sheet.updatedAt, unsavedComments };
}

/**
 * Runs a sheet transaction, once more if two saves of the same juror raced to
 * create the sheet (the second then finds it and updates it).
 */
export async function withSheetRetry<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return run();
  }
}
