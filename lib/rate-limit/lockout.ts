import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { bucketKey, hitRateLimit, resetRateLimit } from "@/lib/rate-limit/hit-rate-limit";

// Lock-out after repeated failures: failures are counted in fixed windows
// (hitRateLimit); the failure that reaches the limit writes a lock row whose
// windowStart is the moment the lock began. While the lock lasts every attempt
// is refused, right or wrong, so guessing cannot continue inside it.

export interface LockoutPolicy {
  /** Failures allowed in one window; the one that reaches it locks. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
}

const lockKey = (key: string) => bucketKey(`lock:${key}`, 0);

export async function isLockedOut({ key, policy, now = new Date(), db = defaultDb }: { key: string; policy: LockoutPolicy; now?: Date; db?: Db }): Promise<boolean> {
  const lock = await db.rateLimitBucket.findUnique({ where: { key: lockKey(key) }, select: { windowStart: true } });
  return !!lock && lock.windowStart.getTime() + policy.lockMs > now.getTime();
}

/** Counts one failure; returns true when this failure started a lock. */
export async function recordFailure({ key, policy, now = new Date(), db = defaultDb }: { key: string; policy: LockoutPolicy; now?: Date; db?: Db }): Promise<boolean> {
  const { remaining } = await hitRateLimit({ key: `failures:${key}`, limit: policy.maxFailures, windowMs: policy.windowMs, now, db });
  if (remaining > 0) return false;
  await db.rateLimitBucket.upsert({
    where: { key: lockKey(key) },
    create: { key: lockKey(key), count: 1, windowStart: now },
    update: { count: { increment: 1 }, windowStart: now },
  });
  return true;
}

/** After a success the failures so far no longer count. */
export async function clearFailures({ key, policy, now = new Date(), db = defaultDb }: { key: string; policy: LockoutPolicy; now?: Date; db?: Db }): Promise<void> {
  await resetRateLimit({ key: `failures:${key}`, windowMs: policy.windowMs, now, db });
}
