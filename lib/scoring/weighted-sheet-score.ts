import { compareIds, type ScoreScale, type ScoreSheetInput, type ScoringCriterion } from "@/lib/scoring/types";

// No "server-only" here: the scoring form may show a juror their running total.

/**
 * The weighted mean of a sheet's criterion scores: Σ(weight × score) / Σ weight.
 * Returns null when a criterion has no score (an incomplete sheet never counts
 * as zero). Scores for criteria the category no longer has are ignored.
 */
export function weightedSheetScore(sheet: Pick<ScoreSheetInput, "scores">, criteria: readonly ScoringCriterion[]): number | null {
  assertValidCriteria(criteria);
  let weightedSum = 0;
  let weightSum = 0;
  for (const criterion of sortedCriteria(criteria)) {
    const score = sheet.scores[criterion.id];
    if (typeof score !== "number" || !Number.isFinite(score)) return null;
    weightedSum += criterion.weight * score;
    weightSum += criterion.weight;
  }
  return weightedSum / weightSum;
}

/** Whether every score for the category's criteria lies on the scale. */
export function scoresWithinScale(sheet: Pick<ScoreSheetInput, "scores">, criteria: readonly ScoringCriterion[], scale: ScoreScale): boolean {
  return criteria.every(({ id }) => {
    const score = sheet.scores[id];
    return score >= scale.min && score <= scale.max;
  });
}

function sortedCriteria(criteria: readonly ScoringCriterion[]): ScoringCriterion[] {
  return [...criteria].sort((a, b) => compareIds(a.id, b.id));
}

// Set-up mistakes, not a person's input: the category forms validate these first.
export function assertValidCriteria(criteria: readonly ScoringCriterion[]): void {
  if (criteria.length === 0) throw new RangeError("a category needs at least one criterion to be scored");
  const ids = new Set<string>();
  for (const { id, weight } of criteria) {
    if (!(Number.isFinite(weight) && weight > 0)) throw new RangeError(`criterion ${id} needs a positive weight`);
    if (ids.has(id)) throw new RangeError(`criterion ${id} appears twice`);
    ids.add(id);
  }
}

export function assertValidScale(scale: ScoreScale): void {
  if (!(Number.isFinite(scale.min) && Number.isFinite(scale.max) && scale.min < scale.max)) {
    throw new RangeError(`invalid score scale ${scale.min}–${scale.max}`);
  }
}
