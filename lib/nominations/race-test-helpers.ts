// Test-only: makes two transactions overlap the way they can in production,
// deterministically. PostgreSQL runs transactions side by side (read
// committed): a request reads, another commits, then the first writes. SQLite
// runs one transaction at a time, so there the same test shows the serial
// outcome. Used by the integration tests of the conditional writes.
import type { Tx } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { testProvider } from "@/lib/testing/test-databases";

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );

/**
 * Runs `hold` in a transaction that stays open while `attempts` start: on
 * PostgreSQL until `waiters` of them wait for a lock that `hold` (or another
 * attempt) took, so they read the state from before `hold` committed; on
 * SQLite for a moment. Then `hold` commits and the attempts finish.
 */
export async function whileHeld<T>(hold: (tx: Tx) => Promise<unknown>, attempts: (() => Promise<T>)[], waiters = attempts.length): Promise<Settled<T>[]> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let markHeld!: () => void;
  const held = new Promise<void>((resolve) => (markHeld = resolve));
  const holder = db.$transaction(
    async (tx) => {
      await hold(tx);
      markHeld();
      await released;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
  await Promise.race([held, holder]);
  const running = attempts.map((attempt) => settle(attempt()));
  await Promise.race([Promise.all(running), waitForLockWaiters(waiters)]);
  release();
  await holder;
  return Promise.all(running);
}

/** Takes the audit log's lock (appendAuditEvent takes it on PostgreSQL before every audit row). */
export async function holdAuditLock(tx: Tx): Promise<void> {
  if (testProvider() === "postgresql") await tx.$executeRawUnsafe("SELECT pg_advisory_xact_lock(7317000001)");
}

async function waitForLockWaiters(count: number): Promise<void> {
  if (testProvider() !== "postgresql") {
    await new Promise((resolve) => setTimeout(resolve, 200));
    return;
  }
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
    );
    if ((row?.n ?? 0) >= count) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Fewer than ${count} transactions ever waited for a lock`);
}
