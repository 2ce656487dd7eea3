// Pure permission checks over the table in capabilities.ts. No I/O: the actor
// already carries fresh memberships (lib/auth/current-user.ts).
import type { SessionMembership, SessionUser } from "@/lib/auth/session-user";
import {
  ANY_JUROR,
  ANY_ORGANISER,
  INSTANCE_CAPABILITIES,
  MEMBERSHIP_CAPABILITIES,
  NOT_FOR_ADMIN_ROLE,
  type Capability,
} from "@/lib/permissions/capabilities";

export interface PermissionScope {
  programmeId?: string | null;
  /** The category the object belongs to; needed to act for a category-scoped juror. */
  categoryId?: string | null;
}

function grants(membership: SessionMembership): readonly Capability[] {
  if (membership.role === "organiser") return MEMBERSHIP_CAPABILITIES.organiser;
  return membership.isChair ? MEMBERSHIP_CAPABILITIES.chair : MEMBERSHIP_CAPABILITIES.juror;
}

/** A membership covers a scope when the programme matches and, if it is limited to a category, the category matches too. */
function covers(membership: SessionMembership, scope: PermissionScope): boolean {
  if (!scope.programmeId || membership.programmeId !== scope.programmeId) return false;
  if (membership.categoryId === null) return true;
  return scope.categoryId != null && membership.categoryId === scope.categoryId;
}

/**
 * May `user` do `capability` in `scope`? Programme capabilities without a
 * programmeId are refused (except for admins), so a caller that forgets the
 * scope fails closed.
 */
export function can(user: SessionUser | null | undefined, capability: Capability, scope: PermissionScope = {}): boolean {
  if (!user) return false;
  if (user.isAdmin && !NOT_FOR_ADMIN_ROLE.has(capability)) return true;
  if (INSTANCE_CAPABILITIES.has(capability)) {
    if (ANY_ORGANISER.has(capability)) return user.memberships.some((m) => m.role === "organiser");
    if (ANY_JUROR.has(capability)) return user.memberships.some((m) => m.role === "juror");
    return false;
  }
  return user.memberships.some((m) => covers(m, scope) && grants(m).includes(capability));
}
