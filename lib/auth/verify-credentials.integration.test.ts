import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CURRENT_PARAMS, parsePasswordHash } from "@/lib/auth/password";
import { PASSWORD_SIGN_IN_PER_IP, passwordSignInIpKey } from "@/lib/auth/sign-in-limits";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { makeUser } from "@/lib/auth/test-fixtures";
import { verifyCredentials } from "@/lib/auth/verify-credentials";

const MIN = 60_000;
const t0 = new Date("2026-03-01T08:00:00Z");
let ipCounter = 0;
/** A fresh address per test, so the per-IP limit of one test never touches another. */
const freshIp = () => `198.51.100.${++ipCounter}`;

describe("verifyCredentials", () => {
  it("signs in with the right password, whatever the email's case", async () => {
    const user = await makeUser(db, { email: "olivia@laurel.example", password: "right password" });
    const result = await verifyCredentials({ db, email: " Olivia@Laurel.example ", password: "right password", ip: freshIp(), now: t0 });
    expect(result).toEqual({ ok: true, user: { id: user.id, email: "olivia@laurel.example", name: user.name } });
  });

  it("refuses a wrong password", async () => {
    const user = await makeUser(db, { password: "right password" });
    expect(await verifyCredentials({ db, email: user.email, password: "wrong password", ip: freshIp(), now: t0 })).toEqual({ ok: false, reason: "wrong" });
  });

  it("refuses an unknown email exactly like a wrong password", async () => {
    expect(await verifyCredentials({ db, email: "nobody@laurel.example", password: "anything", ip: freshIp(), now: t0 })).toEqual({
      ok: false,
      reason: "wrong",
    });
  });

  it("refuses accounts without a password and disabled accounts", async () => {
    const linkOnly = await makeUser(db);
    const disabled = await makeUser(db, { password: "right password", disabled: true });
    expect((await verifyCredentials({ db, email: linkOnly.email, password: "", ip: freshIp(), now: t0 })).ok).toBe(false);
    expect(await verifyCredentials({ db, email: disabled.email, password: "right password", ip: freshIp(), now: t0 })).toEqual({
      ok: false,
      reason: "wrong",
    });
  });

  it("locks an email for 15 minutes after 10 failures, even for the right password", async () => {
    const user = await makeUser(db, { password: "right password" });
    for (let i = 0; i < 10; i++) {
      expect((await verifyCredentials({ db, email: user.email, password: `guess ${i}`, ip: freshIp(), now: t0 })).ok).toBe(false);
    }
    const locked = await verifyCredentials({ db, email: user.email, password: "right password", ip: freshIp(), now: new Date(t0.getTime() + MIN) });
    expect(locked).toEqual({ ok: false, reason: "locked" });
    const later = await verifyCredentials({ db, email: user.email, password: "right password", ip: freshIp(), now: new Date(t0.getTime() + 16 * MIN) });
    expect(later.ok).toBe(true);
  });

  it("does not lock after 9 failures, and a success resets the count", async () => {
    const user = await makeUser(db, { password: "right password" });
    for (let i = 0; i < 9; i++) await verifyCredentials({ db, email: user.email, password: "nope", ip: freshIp(), now: t0 });
    expect((await verifyCredentials({ db, email: user.email, password: "right password", ip: freshIp(), now: t0 })).ok).toBe(true);
    for (let i = 0; i < 9; i++) await verifyCredentials({ db, email: user.email, password: "nope", ip: freshIp(), now: t0 });
    expect((await verifyCredentials({ db, email: user.email, password: "right password", ip: freshIp(), now: t0 })).ok).toBe(true);
  });

  it("locks unknown addresses the same way, so the lock-out reveals nothing", async () => {
    for (let i = 0; i < 10; i++) await verifyCredentials({ db, email: "ghost@laurel.example", password: "x", ip: freshIp(), now: t0 });
    expect(await verifyCredentials({ db, email: "ghost@laurel.example", password: "x", ip: freshIp(), now: t0 })).toEqual({
      ok: false,
      reason: "locked",
    });
  });

  it("limits attempts per IP address across emails", async () => {
    const ip = freshIp();
    const user = await makeUser(db, { password: "right password" });
    const now = new Date(t0.getTime() + 60 * MIN);
    // A few real attempts, then the rest of the allowance used up directly (each real one costs a scrypt).
    for (let i = 0; i < 3; i++) await verifyCredentials({ db, email: `spray-${i}@laurel.example`, password: "Summer2026!", ip, now });
    for (let i = 3; i < PASSWORD_SIGN_IN_PER_IP.limit; i++) await hitRateLimit({ db, key: passwordSignInIpKey(ip), ...PASSWORD_SIGN_IN_PER_IP, now });
    expect(await verifyCredentials({ db, email: user.email, password: "right password", ip, now })).toEqual({ ok: false, reason: "rate_limited" });
    expect((await verifyCredentials({ db, email: user.email, password: "right password", ip: freshIp(), now })).ok).toBe(true);
  });

  it("re-hashes a password stored with weaker parameters on sign-in", async () => {
    const user = await makeUser(db, { password: "right password" });
    expect(parsePasswordHash(user.passwordHash!)!.N).toBeLessThan(CURRENT_PARAMS.N);
    await verifyCredentials({ db, email: user.email, password: "right password", ip: freshIp(), now: t0 });
    const stored = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(parsePasswordHash(stored.passwordHash!)!.N).toBe(CURRENT_PARAMS.N);
  });
});
