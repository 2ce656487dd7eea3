import { normaliseJurorScores, type NormalisedSheet } from "@/lib/scoring/normalise-juror-scores";
import { rankNominations, type RankedNomination } from "@/lib/scoring/rank-nominations";
import { selectCountedSheets, type SelectCountedSheetsOptions } from "@/lib/scoring/select-counted-sheets";
import { mean, populationSd } from "@/lib/scoring/stats";
import { compareIds, type ExcludedSheet, type ScoreScale } from "@/lib/scoring/types";

/**
 * Jurors disagree strongly when the population SD of their scores for a
 * nomination exceeds this fraction of the scale's range (1.8 on 1–10: two
 * jurors giving 3 and 7 are flagged, 4 and 7 are not). The largest possible SD
 * is half the range, so this is 40% of the way to total disagreement.
 */
export const DISAGREEMENT_SD_FRACTION = 0.2;

export interface ScoreSummary {
  mean: number;
  /** Population standard deviation, see populationSd. */
  sd: number;
  disagreement: boolean;
}

export interface NominationScore {
  nominationId: string;
  /** How many sheets counted. */
  count: number;
  /** Over weighted sheet scores; null when no sheet counted. */
  raw: ScoreSummary | null;
  /** Over per-juror normalised scores; null when no sheet counted. */
  normalised: ScoreSummary | null;
  /** Jurors with a conflict for this nomination, whether or not they scored it. */
  recusedJurorIds: string[];
}

export interface CategoryScores {
  /** One entry per nomination of the category, by id. */
  nominations: NominationScore[];
  ranking: RankedNomination[];
  /** Every sheet that counted, by nomination then juror. */
  sheets: NormalisedSheet[];
  excluded: ExcludedSheet[];
}

export interface ScoreCategoryOptions extends SelectCountedSheetsOptions {
  /** What the ranking orders by: the programme's normalisation setting. */
  rankBy: "raw" | "normalised";
}

/**
 * All the jury maths for one category. Pure: the same input in any order gives
 * the same output. Numbers are left unrounded; round only when displaying.
 */
export function scoreCategory(options: ScoreCategoryOptions): CategoryScores {
  const { counted, excluded } = selectCountedSheets(options);
  const sheets = normaliseJurorScores(counted, options.scale);

  const nominationIds = [...new Set(options.nominationIds)].sort(compareIds);
  const nominations = nominationIds.map((nominationId): NominationScore => {
    const own = sheets.filter((s) => s.nominationId === nominationId);
    const recused = options.conflicts.filter((c) => c.nominationId === nominationId).map((c) => c.jurorId);
    return {
      nominationId,
      count: own.length,
      raw: summarise(own.map((s) => s.weighted), options.scale),
      normalised: summarise(own.map((s) => s.normalised), options.scale),
      recusedJurorIds: [...new Set(recused)].sort(compareIds),
    };
  });

  const ranking = rankNominations(nominations.map((n) => ({ nominationId: n.nominationId, score: n[options.rankBy]?.mean ?? null })));
  return { nominations, ranking, sheets, excluded };
}

export function summarise(values: readonly number[], scale: ScoreScale): ScoreSummary | null {
  if (values.length === 0) return null;
  const m = mean(values);
  const sd = populationSd(values, m);
  return { mean: m, sd, disagreement: sd > DISAGREEMENT_SD_FRACTION * (scale.max - scale.min) };
}
