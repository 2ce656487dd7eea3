// The throwing form of can(), for domain functions and route handlers.
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { can, type PermissionScope } from "@/lib/permissions/can";
import type { Capability } from "@/lib/permissions/capabilities";

/** Returns the actor when allowed; throws AppError "unauthenticated" (401) or "forbidden" (403). */
export function authorize(
  actor: SessionUser | null | undefined,
  capability: Capability,
  scope?: PermissionScope,
): SessionUser {
  if (!actor) throw new AppError("unauthenticated", "Sign in to continue.");
  if (!can(actor, capability, scope)) throw new AppError("forbidden", "You do not have access to this.");
  return actor;
}

/** For acts every signed-in staff member may do on their own account (e.g. sign out everywhere). */
export function requireActor(actor: SessionUser | null | undefined): SessionUser {
  if (!actor) throw new AppError("unauthenticated", "Sign in to continue.");
  return actor;
}
