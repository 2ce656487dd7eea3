import "server-only";
import { retentionEnabled } from "@/lib/retention/retention-enabled";
import { runRetention } from "@/lib/retention/run-retention";

export const RETENTION_INTERVAL_MS = 15 * 60 * 1000;
/** The first run waits for the server to finish starting. */
export const RETENTION_FIRST_RUN_MS = 30 * 1000;

const state = globalThis as unknown as { laurelRetention?: { stop: () => void } };

/**
 * Runs retention shortly after start and then every 15 minutes, in-process.
 * Each instance runs its own schedule; runRetention is safe to run side by
 * side. Timers are unref'd so they never keep a process alive, and runs never
 * overlap within one process. Started once per process (dev reloads reuse it).
 */
export function startRetentionSchedule(env: Record<string, string | undefined> = process.env): { stop: () => void } | null {
  if (!retentionEnabled(env)) return null;
  if (state.laurelRetention) return state.laurelRetention;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const counts = await runRetention();
      if (Object.values(counts).some((n) => n > 0)) console.info("[retention]", JSON.stringify(counts));
    } catch (error) {
      console.error("[retention] run failed:", error);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(run, RETENTION_FIRST_RUN_MS);
  first.unref();
  const every = setInterval(run, RETENTION_INTERVAL_MS);
  every.unref();
  state.laurelRetention = {
    stop: () => {
      clearTimeout(first);
      clearInterval(every);
      state.laurelRetention = undefined;
    },
  };
  return state.laurelRetention;
}
