import "server-only";
import { createHash } from "node:crypto";
import { db as defaultDb, type Db } from "@/lib/db";

// Fixed-window counters in the database, so a limit holds across instances.
// The window is part of the row key ("<hash>:<window number>"), which turns
// every hit into one atomic "insert 1, or add 1 and return the new count"
// upsert — correct under concurrency on SQLite and PostgreSQL alike, with no
// read-then-write race and no date arithmetic in SQL. Keys are hashed because
// they often contain an email or IP address.

export interface RateLimitResult {
  allowed: boolean;
  /** Hits still allowed in this window. */
  remaining: number;
  /** 0 when allowed; otherwise how long until the window resets. */
  retryAfterMs: number;
}

export interface HitRateLimitOptions {
  /** What is being limited, e.g. "sign-in:ip:203.0.113.7". */
  key: string;
  limit: number;
  windowMs: number;
  now?: Date;
  db?: Db;
}

export function bucketKey(key: string, windowIndex: number): string {
  return `${createHash("sha256").update(key).digest("hex").slice(0, 40)}:${windowIndex}`;
}

export async function hitRateLimit({ key, limit, windowMs, now = new Date(), db = defaultDb }: HitRateLimitOptions): Promise<RateLimitResult> {
  const windowIndex = Math.floor(now.getTime() / windowMs);
  const windowStart = new Date(windowIndex * windowMs);
  const row = await db.rateLimitBucket.upsert({
    where: { key: bucketKey(key, windowIndex) },
    create: { key: bucketKey(key, windowIndex), count: 1, windowStart },
    update: { count: { increment: 1 } },
    select: { count: true },
  });
  await maybePrune(db, now);
  const allowed = row.count <= limit;
  return {
    allowed,
    remaining: Math.max(0, limit - row.count),
    retryAfterMs: allowed ? 0 : windowStart.getTime() + windowMs - now.getTime(),
  };
}

export async function resetRateLimit({ key, windowMs, now = new Date(), db = defaultDb }: Omit<HitRateLimitOptions, "limit">): Promise<void> {
  await db.rateLimitBucket.deleteMany({ where: { key: bucketKey(key, Math.floor(now.getTime() / windowMs)) } });
}

/** Longest window any caller uses; older buckets can go. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/** Old windows are never read again; about one hit in a hundred clears them. */
async function maybePrune(db: Db, now: Date): Promise<void> {
  if (Math.random() >= 0.01) return;
  await pruneRateLimitBuckets({ db, before: new Date(now.getTime() - KEEP_MS) }).catch((error) => {
    console.error("[rate-limit] pruning old buckets failed:", (error as Error).message);
  });
}

export async function pruneRateLimitBuckets({ db = defaultDb, before }: { db?: Db; before: Date }): Promise<number> {
  const { count } = await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: before } } });
  return count;
}
