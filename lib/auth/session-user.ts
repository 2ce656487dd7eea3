// The signed-in staff member as every page and action sees them. Built fresh
// from the database on each request (lib/auth/current-user.ts), never from the
// cookie, so a removed membership or a disabled account takes effect at once.
import type { MembershipRole } from "@/lib/validation/statuses";

export interface SessionMembership {
  programmeId: string;
  role: MembershipRole;
  /** null: the whole programme; otherwise only this category. */
  categoryId: string | null;
  isChair: boolean;
}

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  isAdmin: boolean;
  locale: string;
  memberships: SessionMembership[];
}
