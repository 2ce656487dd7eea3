import "server-only";
import { db } from "@/lib/db";
import { findUsableInvitation } from "@/lib/team/find-invitation";
import { ZMembershipRole, type MembershipRole } from "@/lib/validation/statuses";

export interface InvitationPreview {
  email: string;
  role: MembershipRole;
  programmeName: string;
  edition: string;
  city: string;
  /** null: the whole programme. */
  categoryName: string | null;
  expiresAt: Date;
  /** The programme's time zone, to show the expiry in. */
  timeZone: string;
  /** No account yet: the accept form asks for a name. */
  isNewPerson: boolean;
}

/** What the public accept page shows for a token; null for any link that cannot be accepted. Reads only. */
export async function getInvitation({ token, now = new Date() }: { token: unknown; now?: Date }): Promise<InvitationPreview | null> {
  const invitation = await findUsableInvitation(db, token, now);
  if (!invitation) return null;
  const role = ZMembershipRole.safeParse(invitation.role);
  if (!role.success) return null;
  const category = invitation.categoryId
    ? await db.category.findUnique({ where: { id: invitation.categoryId }, select: { name: true } })
    : null;
  return {
    email: invitation.email,
    role: role.data,
    programmeName: invitation.programme.name,
    edition: invitation.programme.edition,
    city: invitation.programme.city,
    categoryName: category?.name ?? null,
    expiresAt: invitation.expiresAt,
    timeZone: invitation.programme.timeZone,
    isNewPerson: invitation.existingUserId === null,
  };
}
