import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { hashInvitationToken, invitationTokenMatches } from "@/lib/team/invitation-token";
import { isInvitationTokenShape } from "@/lib/validation/team";

/**
 * The invitation behind a token, only while it can still be accepted. Unknown,
 * altered, withdrawn (deleted), expired and used tokens all give null: the
 * person holding a dead link learns nothing about which it was.
 */
export async function findUsableInvitation(client: Tx, token: unknown, now: Date) {
  if (!isInvitationTokenShape(token)) return null;
  const invitation = await client.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      id: true,
      programmeId: true,
      email: true,
      role: true,
      categoryId: true,
      tokenHash: true,
      expiresAt: true,
      acceptedAt: true,
      programme: { select: { name: true, edition: true, city: true, defaultLocale: true, timeZone: true } },
    },
  });
  if (!invitation || !invitationTokenMatches(token, invitation.tokenHash)) return null;
  if (invitation.acceptedAt || invitation.expiresAt.getTime() <= now.getTime()) return null;
  const user = await client.user.findUnique({ where: { email: invitation.email }, select: { id: true, disabledAt: true } });
  // A disabled account is not revived by an invitation.
  if (user?.disabledAt) return null;
  return { ...invitation, existingUserId: user?.id ?? null };
}
