import "server-only";
import { cache } from "react";
import { auth } from "@/auth";
import { resolveSessionUser } from "@/lib/auth/load-session-user";
import type { SessionUser } from "@/lib/auth/session-user";

export type { SessionUser };

/** The current staff session: its id (for "sign out") and the fresh user behind it. */
export const getCurrentSession = cache(async (): Promise<{ sessionId: string; user: SessionUser } | null> => {
  const session = await auth();
  const sessionId = (session as { sid?: unknown } | null)?.sid;
  if (typeof sessionId !== "string") return null;
  const user = await resolveSessionUser({ sessionId });
  return user ? { sessionId, user } : null;
});

/**
 * The signed-in staff member, or null. The one way pages and actions learn who
 * is acting; memberships are read from the database on every request.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await getCurrentSession())?.user ?? null;
}
