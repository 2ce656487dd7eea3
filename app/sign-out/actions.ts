"use server";
import { signOut } from "@/auth";
import { getCurrentSession } from "@/lib/auth/current-user";
import { signOutEverywhere, signOutSession } from "@/lib/auth/sign-out";

const SIGNED_OUT = "/sign-in?signedOut=1";

/** Ends this device's session: the StaffSession row is revoked, then the cookie cleared. */
export async function signOutAction(): Promise<void> {
  const current = await getCurrentSession();
  if (current) await signOutSession({ actor: current.user, sessionId: current.sessionId });
  await signOut({ redirectTo: SIGNED_OUT });
}

/** Ends every session of the signed-in person, on all devices. */
export async function signOutEverywhereAction(): Promise<void> {
  const current = await getCurrentSession();
  if (current) await signOutEverywhere({ actor: current.user });
  await signOut({ redirectTo: SIGNED_OUT });
}
