import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { validateStaffSession, type SessionTimeouts } from "@/lib/auth/staff-session";
import { ZMembershipRole } from "@/lib/validation/statuses";

export async function loadSessionUser({ db = defaultDb, userId }: { db?: Db; userId: string }): Promise<SessionUser | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      isAdmin: true,
      locale: true,
      disabledAt: true,
      memberships: { select: { programmeId: true, role: true, categoryId: true, isChair: true } },
    },
  });
  if (!user || user.disabledAt) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    isAdmin: user.isAdmin,
    locale: user.locale,
    // An unknown role string grants nothing rather than crashing the page.
    memberships: user.memberships.flatMap((m) => {
      const role = ZMembershipRole.safeParse(m.role);
      return role.success ? [{ programmeId: m.programmeId, role: role.data, categoryId: m.categoryId, isChair: m.isChair }] : [];
    }),
  };
}

/** The user behind a staff session id, or null when the session no longer counts. */
export async function resolveSessionUser({
  db = defaultDb,
  sessionId,
  now = new Date(),
  timeouts,
}: {
  db?: Db;
  sessionId: string;
  now?: Date;
  timeouts?: SessionTimeouts;
}): Promise<SessionUser | null> {
  const check = await validateStaffSession({ db, sessionId, now, timeouts });
  if (!check.valid) return null;
  return loadSessionUser({ db, userId: check.userId });
}
