import "server-only";
import { db } from "@/lib/db";
import { weightedSheetScore } from "@/lib/scoring/weighted-sheet-score";

export interface OtherJurorSheet {
  jurorName: string | null;
  /** The weighted score of the sheet; null if the category's criteria changed since. */
  weighted: number | null;
  overallNote: string | null;
  scores: { criterionId: string; value: number; comment: string | null }[];
}

/**
 * The other jurors' submitted sheets for a nomination, without the jurors who
 * declared a conflict for it. No permission check: loadJuryNomination decides
 * (lib/jury/jury-rules.ts otherScoresVisible) whether to call this at all.
 */
export async function loadOtherSheets({
  nominationId,
  jurorId,
  criteria,
}: {
  nominationId: string;
  jurorId: string;
  criteria: { id: string; weight: number }[];
}): Promise<OtherJurorSheet[]> {
  const [sheets, conflicts] = await Promise.all([
    db.scoreSheet.findMany({
      where: { nominationId, status: "submitted", jurorId: { not: jurorId } },
      orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
      select: { jurorId: true, overallNote: true, juror: { select: { name: true } }, scores: { select: { criterionId: true, value: true, comment: true } } },
    }),
    db.conflictDeclaration.findMany({ where: { nominationId }, select: { jurorId: true } }),
  ]);
  const recused = new Set(conflicts.map((c) => c.jurorId));
  const usable = criteria.filter((c) => c.weight > 0);
  return sheets
    .filter((s) => !recused.has(s.jurorId))
    .map((s) => ({
      jurorName: s.juror.name,
      weighted: usable.length ? weightedSheetScore({ scores: Object.fromEntries(s.scores.map((x) => [x.criterionId, x.value])) }, usable) : null,
      overallNote: s.overallNote,
      scores: s.scores.map(({ criterionId, value, comment }) => ({ criterionId, value, comment })),
    }));
}
