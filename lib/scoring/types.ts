// Inputs to the jury maths. Plain data, no Prisma types: the jury pages, the
// shortlist, the exports and the transparency record all load rows and pass
// them in, so every one of them computes exactly the same numbers.

/** A criterion of a category. Weights are relative: 2/3/2/1 scores the same as 4/6/4/2. */
export interface ScoringCriterion {
  id: string;
  weight: number;
}

/** The category's score scale, inclusive at both ends (1 to 10 by default). */
export interface ScoreScale {
  min: number;
  max: number;
}

export type SheetStatus = "draft" | "submitted";

/** One juror's scores for one nomination: criterion id → score. */
export interface ScoreSheetInput {
  jurorId: string;
  nominationId: string;
  status: SheetStatus;
  scores: Readonly<Record<string, number>>;
}

/** A declared conflict of interest: the juror's scores for that nomination never count. */
export interface ConflictInput {
  jurorId: string;
  nominationId: string;
}

/** Why a sheet did not count; shown to the jury chair so nothing disappears silently. */
export type ExclusionReason =
  | "not_in_category" // the nomination is not among the category's nominations
  | "conflict" // the juror declared (or was recorded with) a conflict for this nomination
  | "draft" // not submitted
  | "incomplete" // a criterion has no score
  | "out_of_scale"; // a score is outside the category's scale

export interface ExcludedSheet {
  jurorId: string;
  nominationId: string;
  reason: ExclusionReason;
}

/** A sheet that counts, with its weighted score. */
export interface CountedSheet {
  jurorId: string;
  nominationId: string;
  weighted: number;
}

/** Sheets are listed by nomination id, then juror id, so results never depend on input order. */
export function compareSheets(a: { nominationId: string; jurorId: string }, b: { nominationId: string; jurorId: string }): number {
  return compareIds(a.nominationId, b.nominationId) || compareIds(a.jurorId, b.jurorId);
}

/** Code-unit order: the same on every server, whatever its locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
