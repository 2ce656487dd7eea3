import { compareSheets, type ConflictInput, type CountedSheet, type ExcludedSheet, type ExclusionReason, type ScoreScale, type ScoreSheetInput, type ScoringCriterion } from "@/lib/scoring/types";
import { assertValidCriteria, assertValidScale, scoresWithinScale, weightedSheetScore } from "@/lib/scoring/weighted-sheet-score";

export interface SelectCountedSheetsOptions {
  criteria: readonly ScoringCriterion[];
  scale: ScoreScale;
  nominationIds: readonly string[];
  sheets: readonly ScoreSheetInput[];
  conflicts: readonly ConflictInput[];
}

/**
 * Splits sheets into those that count and those that don't, with the reason.
 * The conflict check comes before anything that reads the sheet, so nothing a
 * conflicted juror wrote (scores or status) can change any result.
 */
export function selectCountedSheets({ criteria, scale, nominationIds, sheets, conflicts }: SelectCountedSheetsOptions): {
  counted: CountedSheet[];
  excluded: ExcludedSheet[];
} {
  assertValidCriteria(criteria);
  assertValidScale(scale);
  const inCategory = new Set(nominationIds);
  const conflicted = new Set(conflicts.map((c) => sheetKey(c)));
  const seen = new Set<string>();
  const counted: CountedSheet[] = [];
  const excluded: ExcludedSheet[] = [];

  for (const sheet of sheets) {
    const key = sheetKey(sheet);
    // The database allows one sheet per juror and nomination; two here is a loading bug.
    if (seen.has(key)) throw new RangeError(`two sheets from juror ${sheet.jurorId} for nomination ${sheet.nominationId}`);
    seen.add(key);

    const { jurorId, nominationId } = sheet;
    const exclude = (reason: ExclusionReason) => excluded.push({ jurorId, nominationId, reason });
    if (!inCategory.has(nominationId)) exclude("not_in_category");
    else if (conflicted.has(key)) exclude("conflict");
    else if (sheet.status !== "submitted") exclude("draft");
    else {
      const weighted = weightedSheetScore(sheet, criteria);
      if (weighted === null) exclude("incomplete");
      else if (!scoresWithinScale(sheet, criteria, scale)) exclude("out_of_scale");
      else counted.push({ jurorId, nominationId, weighted });
    }
  }
  return { counted: counted.sort(compareSheets), excluded: excluded.sort(compareSheets) };
}

function sheetKey({ jurorId, nominationId }: { jurorId: string; nominationId: string }): string {
  return JSON.stringify([jurorId, nominationId]);
}
