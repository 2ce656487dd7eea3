import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resolveSessionUser } from "@/lib/auth/load-session-user";
import { signOutEverywhere, signOutSession } from "@/lib/auth/sign-out";
import { createStaffSession, validateStaffSession } from "@/lib/auth/staff-session";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { AppError } from "@/lib/errors";

const MIN = 60_000;
const timeouts = { idleTimeoutMs: 30 * MIN, absoluteTimeoutMs: 12 * 60 * MIN };
const t0 = new Date("2026-03-01T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * MIN);

async function signedIn() {
  const user = await makeUser(db);
  const sessionId = await createStaffSession({ db, userId: user.id, userAgent: "test", now: t0 });
  return { user, sessionId };
}

describe("validateStaffSession", () => {
  it("accepts a fresh session", async () => {
    const { user, sessionId } = await signedIn();
    expect(await validateStaffSession({ db, sessionId, now: at(1), timeouts })).toEqual({ valid: true, userId: user.id });
  });

  it("rejects an unknown session id", async () => {
    expect(await validateStaffSession({ db, sessionId: "no-such-session", now: t0, timeouts })).toEqual({ valid: false, reason: "missing" });
  });

  it("ends a session after 30 idle minutes", async () => {
    const { sessionId } = await signedIn();
    expect((await validateStaffSession({ db, sessionId, now: at(29), timeouts })).valid).toBe(true);
    // 29 minutes later it was touched, so 30 minutes after that touch it has gone idle.
    expect((await validateStaffSession({ db, sessionId, now: at(58), timeouts })).valid).toBe(true);
    expect(await validateStaffSession({ db, sessionId, now: at(88), timeouts })).toEqual({ valid: false, reason: "idle" });
  });

  it("ends even an active session 12 hours after sign-in", async () => {
    const { sessionId } = await signedIn();
    for (let minute = 20; minute < 12 * 60; minute += 20) {
      expect((await validateStaffSession({ db, sessionId, now: at(minute), timeouts })).valid).toBe(true);
    }
    expect(await validateStaffSession({ db, sessionId, now: at(12 * 60), timeouts })).toEqual({ valid: false, reason: "expired" });
  });

  it("touches lastSeenAt at most once a minute", async () => {
    const { sessionId } = await signedIn();
    await validateStaffSession({ db, sessionId, now: new Date(t0.getTime() + 30_000), timeouts });
    expect((await db.staffSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(t0);
    await validateStaffSession({ db, sessionId, now: at(2), timeouts });
    expect((await db.staffSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(at(2));
  });

  it("rejects a revoked session", async () => {
    const { user, sessionId } = await signedIn();
    await signOutSession({ db, actor: { id: user.id, email: user.email, name: null, isAdmin: false, locale: "en", memberships: [] }, sessionId });
    expect(await validateStaffSession({ db, sessionId, now: at(1), timeouts })).toEqual({ valid: false, reason: "revoked" });
  });

  it("rejects every session of a disabled user at once", async () => {
    const { user, sessionId } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: at(1) } });
    expect(await validateStaffSession({ db, sessionId, now: at(2), timeouts })).toEqual({ valid: false, reason: "disabled" });
    expect(await resolveSessionUser({ db, sessionId, now: at(2), timeouts })).toBeNull();
  });
});

describe("resolveSessionUser", () => {
  it("reads memberships fresh, so a removed membership ends access on the next request", async () => {
    const { user, sessionId } = await signedIn();
    const { programme, categories } = await makeProgramme(db, { categories: ["Young volunteer"] });
    const membership = await makeMembership(db, { userId: user.id, programmeId: programme.id, role: "juror", categoryId: categories[0].id, isChair: true });

    const before = await resolveSessionUser({ db, sessionId, now: at(1), timeouts });
    expect(before?.memberships).toEqual([{ programmeId: programme.id, role: "juror", categoryId: categories[0].id, isChair: true }]);

    await db.membership.delete({ where: { id: membership.id } });
    const after = await resolveSessionUser({ db, sessionId, now: at(2), timeouts });
    expect(after?.id).toBe(user.id);
    expect(after?.memberships).toEqual([]);
  });
});

describe("signing out", () => {
  it("refuses anonymous callers", async () => {
    await expect(signOutEverywhere({ db, actor: null })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(signOutSession({ db, actor: null, sessionId: "x" })).rejects.toBeInstanceOf(AppError);
  });

  it("cannot end somebody else's session", async () => {
    const victim = await signedIn();
    const other = await makeUser(db);
    await signOutSession({ db, actor: { id: other.id, email: other.email, name: null, isAdmin: true, locale: "en", memberships: [] }, sessionId: victim.sessionId });
    expect((await validateStaffSession({ db, sessionId: victim.sessionId, now: at(1), timeouts })).valid).toBe(true);
  });

  it("signs out everywhere: every session of the person ends, nobody else's", async () => {
    const user = await makeUser(db);
    const phone = await createStaffSession({ db, userId: user.id, now: t0 });
    const laptop = await createStaffSession({ db, userId: user.id, now: t0 });
    const colleague = await signedIn();
    const actor = { id: user.id, email: user.email, name: null, isAdmin: false, locale: "en", memberships: [] };
    expect(await signOutEverywhere({ db, actor })).toBe(2);
    for (const sessionId of [phone, laptop]) {
      expect(await validateStaffSession({ db, sessionId, now: at(1), timeouts })).toEqual({ valid: false, reason: "revoked" });
    }
    expect((await validateStaffSession({ db, sessionId: colleague.sessionId, now: at(1), timeouts })).valid).toBe(true);
  });
});
