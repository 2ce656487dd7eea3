import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hitRateLimit, pruneRateLimitBuckets } from "@/lib/rate-limit/hit-rate-limit";
import { clearFailures, isLockedOut, recordFailure } from "@/lib/rate-limit/lockout";

const MIN = 60_000;
const t0 = new Date("2026-03-01T08:00:00Z"); // a 15-minute boundary

describe("hitRateLimit", () => {
  it("allows exactly `limit` of many concurrent hits", async () => {
    const results = await Promise.all(
      Array.from({ length: 25 }, () => hitRateLimit({ db, key: "concurrent", limit: 10, windowMs: 15 * MIN, now: t0 })),
    );
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.filter((r) => !r.allowed)).toHaveLength(15);
    expect(results.map((r) => r.remaining).sort((a, b) => b - a).slice(0, 10)).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0]);
    const rows = await db.rateLimitBucket.findMany();
    expect(rows.find((r) => r.count === 25)).toBeDefined();
  });

  it("says how long until the window resets once over the limit", async () => {
    const now = new Date(t0.getTime() + 5 * MIN);
    await hitRateLimit({ db, key: "retry", limit: 1, windowMs: 15 * MIN, now });
    const second = await hitRateLimit({ db, key: "retry", limit: 1, windowMs: 15 * MIN, now });
    expect(second).toEqual({ allowed: false, remaining: 0, retryAfterMs: 10 * MIN });
  });

  it("starts counting afresh in the next window", async () => {
    const opts = { db, key: "windows", limit: 2, windowMs: 15 * MIN };
    await hitRateLimit({ ...opts, now: t0 });
    await hitRateLimit({ ...opts, now: t0 });
    expect((await hitRateLimit({ ...opts, now: new Date(t0.getTime() + 14 * MIN) })).allowed).toBe(false);
    expect((await hitRateLimit({ ...opts, now: new Date(t0.getTime() + 15 * MIN) })).allowed).toBe(true);
  });

  it("keeps keys apart and stores them hashed", async () => {
    await hitRateLimit({ db, key: "sign-in:email:olivia@laurel.example", limit: 1, windowMs: MIN, now: t0 });
    expect((await hitRateLimit({ db, key: "sign-in:email:jonas@laurel.example", limit: 1, windowMs: MIN, now: t0 })).allowed).toBe(true);
    const keys = (await db.rateLimitBucket.findMany()).map((r) => r.key);
    expect(keys.some((k) => k.includes("@"))).toBe(false);
  });

  it("prunes buckets of old windows", async () => {
    await hitRateLimit({ db, key: "old", limit: 5, windowMs: MIN, now: new Date(t0.getTime() - 48 * 60 * MIN) });
    const before = await db.rateLimitBucket.count();
    expect(await pruneRateLimitBuckets({ db, before: new Date(t0.getTime() - 24 * 60 * MIN) })).toBeGreaterThanOrEqual(1);
    expect(await db.rateLimitBucket.count()).toBeLessThan(before);
  });
});

describe("lock-out", () => {
  const policy = { maxFailures: 3, windowMs: 15 * MIN, lockMs: 15 * MIN };

  it("locks on the failure that reaches the limit, for lockMs from then", async () => {
    const key = "lock-a";
    expect(await recordFailure({ db, key, policy, now: t0 })).toBe(false);
    expect(await recordFailure({ db, key, policy, now: t0 })).toBe(false);
    expect(await isLockedOut({ db, key, policy, now: t0 })).toBe(false);
    const lockedAt = new Date(t0.getTime() + 10 * MIN);
    expect(await recordFailure({ db, key, policy, now: lockedAt })).toBe(true);
    // Still locked after the failure window has rolled over.
    expect(await isLockedOut({ db, key, policy, now: new Date(lockedAt.getTime() + 14 * MIN) })).toBe(true);
    expect(await isLockedOut({ db, key, policy, now: new Date(lockedAt.getTime() + 15 * MIN) })).toBe(false);
  });

  it("forgets earlier failures after a success", async () => {
    const key = "lock-b";
    await recordFailure({ db, key, policy, now: t0 });
    await recordFailure({ db, key, policy, now: t0 });
    await clearFailures({ db, key, policy, now: t0 });
    expect(await recordFailure({ db, key, policy, now: t0 })).toBe(false);
    expect(await isLockedOut({ db, key, policy, now: t0 })).toBe(false);
  });
});
