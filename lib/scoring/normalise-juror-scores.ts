import { mean, populationSd } from "@/lib/scoring/stats";
import type { CountedSheet, ScoreScale } from "@/lib/scoring/types";

/**
 * One juror standard deviation on the normalised scale is this fraction of the
 * scale's range, around its midpoint: ±3 SD spans the scale (on 1–10, a juror's
 * average sheet becomes 5.5 and one SD above it 7). Values are not clamped to
 * the scale, because clamping would turn different scores into false ties;
 * with population SD a juror's |z| is at most √(n − 1), so they stay on the
 * scale for jurors who scored up to 10 nominations.
 */
export const NORMALISED_SPREAD_FRACTION = 1 / 6;

/**
 * A juror whose weighted scores vary by less than this fraction of the range
 * is treated as having no spread (rounding noise, not an opinion).
 */
export const ZERO_SPREAD_TOLERANCE = 1e-9;

export interface NormalisedSheet extends CountedSheet {
  /** Standard score against this juror's own sheets in the category. */
  z: number;
  /** The z-score rescaled onto the category's scale. */
  normalised: number;
}

/**
 * Standardises each juror's weighted sheet scores against that juror's own
 * mean and population SD over the counted sheets they gave in this category,
 * so a strict and a lenient juror weigh the same. A juror with one sheet, or
 * the same score everywhere, expresses no preference between nominations:
 * z = 0, i.e. the scale's midpoint. Only counted sheets go in, so conflicted,
 * draft and incomplete sheets never shift a juror's mean or spread.
 */
export function normaliseJurorScores(counted: readonly CountedSheet[], scale: ScoreScale): NormalisedSheet[] {
  const byJuror = new Map<string, number[]>();
  for (const sheet of counted) {
    const list = byJuror.get(sheet.jurorId) ?? [];
    list.push(sheet.weighted);
    byJuror.set(sheet.jurorId, list);
  }
  const range = scale.max - scale.min;
  const juror = new Map<string, { mean: number; sd: number }>();
  for (const [jurorId, values] of byJuror) {
    const m = mean(values);
    juror.set(jurorId, { mean: m, sd: populationSd(values, m) });
  }

  const midpoint = (scale.min + scale.max) / 2;
  return counted.map((sheet) => {
    const { mean: m, sd } = juror.get(sheet.jurorId)!;
    const z = sd <= ZERO_SPREAD_TOLERANCE * range ? 0 : (sheet.weighted - m) / sd;
    return { ...sheet, z, normalised: midpoint + z * NORMALISED_SPREAD_FRACTION * range };
  });
}
