import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { can, type PermissionScope } from "@/lib/permissions/can";
import type { Capability } from "@/lib/permissions/capabilities";
import { safeCallbackUrl } from "@/lib/validation/auth";

/** Set by proxy.ts on every request: the path and query the person asked for. */
export const REQUEST_PATH_HEADER = "x-laurel-path";

/**
 * For restricted pages: returns the signed-in staff member, sends anyone
 * signed out to /sign-in (and back here afterwards), and answers 403 to a
 * signed-in person who lacks `capability` in `scope`. Every restricted page
 * calls this itself; layouts never stand in for it.
 */
export async function requireStaff(
  capability?: Capability,
  scope?: PermissionScope,
  options: { returnTo?: string } = {},
): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) {
    const back = safeCallbackUrl(options.returnTo ?? (await headers()).get(REQUEST_PATH_HEADER));
    redirect(back ? `/sign-in?${new URLSearchParams({ callbackUrl: back })}` : "/sign-in");
  }
  if (capability && !can(user, capability, scope)) forbidden();
  return user;
}
