// Load with autocannon, keeping every response's status and time: autocannon's
// own histogram has no 95th percentile, and the vote check needs exact counts.
import autocannon, { type Options } from "autocannon";

export interface LoadResult {
  /** Completed responses per second over the run. */
  rps: number;
  total: number;
  statuses: Record<number, number>;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  durationS: number;
  /** Every response time, ascending. */
  times: number[];
}

/** The nearest-rank percentile of `sorted` (ascending), in the same unit. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export async function runLoad(options: Options): Promise<LoadResult> {
  const times: number[] = [];
  const statuses: Record<number, number> = {};
  const instance = autocannon({ timeout: 20, ...options });
  instance.on("response", (_client: unknown, status: number, _bytes: number, responseTime: number) => {
    times.push(responseTime);
    statuses[status] = (statuses[status] ?? 0) + 1;
  });
  const result = await instance;
  return summarise(times, statuses, result.errors, result.duration);
}

function summarise(times: number[], statuses: Record<number, number>, errors: number, durationS: number): LoadResult {
  times.sort((a, b) => a - b);
  return {
    rps: times.length / durationS,
    total: times.length,
    statuses,
    errors,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    durationS,
    times,
  };
}

/** Several runs of the same load as one: all responses over the summed durations. */
export function combineLoads(runs: LoadResult[]): LoadResult {
  const statuses: Record<number, number> = {};
  for (const run of runs) for (const [status, count] of Object.entries(run.statuses)) statuses[Number(status)] = (statuses[Number(status)] ?? 0) + count;
  return summarise(
    runs.flatMap((r) => r.times),
    statuses,
    runs.reduce((sum, r) => sum + r.errors, 0),
    runs.reduce((sum, r) => sum + r.durationS, 0),
  );
}
