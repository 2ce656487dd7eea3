import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { authSettings, SESSION_TOUCH_INTERVAL_MS } from "@/lib/auth/auth-settings";

// Server-side staff sessions. The Auth.js cookie (a JWT) carries only a
// StaffSession id; whether that id still means "signed in" is decided here, on
// every request, from the database.

export type StaffSessionCheck =
  | { valid: true; userId: string }
  | { valid: false; reason: "missing" | "revoked" | "idle" | "expired" | "disabled" };

export interface SessionTimeouts {
  idleTimeoutMs: number;
  absoluteTimeoutMs: number;
}

export async function createStaffSession({
  db = defaultDb,
  userId,
  userAgent,
  now = new Date(),
}: {
  db?: Db;
  userId: string;
  userAgent?: string | null;
  now?: Date;
}): Promise<string> {
  const row = await db.staffSession.create({
    data: { userId, userAgent: userAgent?.slice(0, 500) ?? null, createdAt: now, lastSeenAt: now },
    select: { id: true },
  });
  return row.id;
}

/**
 * Is this session still good at `now`? Touches lastSeenAt (at most once a
 * minute, so a busy page does not write on every request) when it is.
 */
export async function validateStaffSession({
  db = defaultDb,
  sessionId,
  now = new Date(),
  timeouts = authSettings(),
}: {
  db?: Db;
  sessionId: string;
  now?: Date;
  timeouts?: SessionTimeouts;
}): Promise<StaffSessionCheck> {
  const session = await db.staffSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, createdAt: true, lastSeenAt: true, revokedAt: true, user: { select: { disabledAt: true } } },
  });
  if (!session) return { valid: false, reason: "missing" };
  if (session.revokedAt) return { valid: false, reason: "revoked" };
  if (session.user.disabledAt) return { valid: false, reason: "disabled" };
  const t = now.getTime();
  if (session.createdAt.getTime() + timeouts.absoluteTimeoutMs <= t) return { valid: false, reason: "expired" };
  if (session.lastSeenAt.getTime() + timeouts.idleTimeoutMs <= t) return { valid: false, reason: "idle" };
  if (t - session.lastSeenAt.getTime() >= SESSION_TOUCH_INTERVAL_MS) {
    await db.staffSession.updateMany({
      where: { id: sessionId, lastSeenAt: { lt: new Date(t - SESSION_TOUCH_INTERVAL_MS + 1) } },
      data: { lastSeenAt: now },
    });
  }
  return { valid: true, userId: session.userId };
}

export async function revokeStaffSession({ db = defaultDb, sessionId, now = new Date() }: { db?: Db; sessionId: string; now?: Date }) {
  await db.staffSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** "Sign out everywhere": every session of the user ends, this one included. */
export async function revokeAllStaffSessions({ db = defaultDb, userId, now = new Date() }: { db?: Db; userId: string; now?: Date }) {
  const { count } = await db.staffSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  return count;
}
