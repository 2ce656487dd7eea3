import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { revokeAllStaffSessions, revokeStaffSession } from "@/lib/auth/staff-session";
import { requireActor } from "@/lib/permissions/authorize";

/** Ends the actor's current session. Only their own: the session must belong to them. */
export async function signOutSession({ db = defaultDb, actor, sessionId }: { db?: Db; actor: SessionUser | null; sessionId: string }) {
  const me = requireActor(actor);
  const session = await db.staffSession.findUnique({ where: { id: sessionId }, select: { userId: true } });
  if (session?.userId !== me.id) return;
  await revokeStaffSession({ db, sessionId });
}

/** Ends every session of the actor, on every device. */
export async function signOutEverywhere({ db = defaultDb, actor }: { db?: Db; actor: SessionUser | null }): Promise<number> {
  const me = requireActor(actor);
  return revokeAllStaffSessions({ db, userId: me.id });
}
