// Sums always run over lists in a fixed order (callers sort first), so the same
// sheets give bit-for-bit the same result however they were loaded.

export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("mean of no values");
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

/**
 * Population standard deviation (divide by n, not n − 1): the jurors who scored
 * a nomination are the whole jury for it, not a sample of some larger jury. It
 * is 0 for a single value, and never more than half the scale's range, so a
 * threshold stated as a fraction of the range means the same for 2 jurors or 7.
 * Two passes (mean first, then squared deviations) avoid cancellation.
 */
export function populationSd(values: readonly number[], valuesMean: number = mean(values)): number {
  if (values.length === 0) throw new RangeError("spread of no values");
  let squares = 0;
  for (const v of values) squares += (v - valuesMean) ** 2;
  return Math.sqrt(squares / values.length);
}
