import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { bucketKey } from "@/lib/rate-limit/hit-rate-limit";
import { lockoutAfter } from "@/lib/voting/identity/email-code";

// Wrong email codes are counted per voter identity, across codes, in one
// RateLimitBucket row: count = failures since the last success, windowStart =
// when the last one happened. The lock-out grows with the count
// (lockoutAfter), so asking for a fresh code does not buy more guesses.

const key = (programmeId: string, identityHash: string) => bucketKey(`vote-code-failures:${programmeId}:${identityHash}`, 0);

export async function identityLockedUntil(programmeId: string, identityHash: string, db: Db = defaultDb): Promise<{ failures: number; lockedUntil: Date | null }> {
  const row = await db.rateLimitBucket.findUnique({ where: { key: key(programmeId, identityHash) }, select: { count: true, windowStart: true } });
  if (!row) return { failures: 0, lockedUntil: null };
  const lock = lockoutAfter(row.count);
  return { failures: row.count, lockedUntil: lock > 0 ? new Date(row.windowStart.getTime() + lock) : null };
}

/** Counts one wrong code; returns the lock-out it starts (null when none). */
export async function recordWrongCode(programmeId: string, identityHash: string, now: Date, db: Db = defaultDb): Promise<Date | null> {
  const row = await db.rateLimitBucket.upsert({
    where: { key: key(programmeId, identityHash) },
    create: { key: key(programmeId, identityHash), count: 1, windowStart: now },
    update: { count: { increment: 1 }, windowStart: now },
    select: { count: true },
  });
  const lock = lockoutAfter(row.count);
  return lock > 0 ? new Date(now.getTime() + lock) : null;
}

export async function clearWrongCodes(programmeId: string, identityHash: string, db: Db = defaultDb): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key: key(programmeId, identityHash) } });
}
