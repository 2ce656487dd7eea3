import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Tx } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";

// Team changes name a membership or invitation by id. The permission is
// checked in the object's OWN programme; `programmeId` is only what the page's
// URL claimed, and an object of another programme is "not found" here.

export async function loadMembershipFor(client: Tx, { actor, programmeId, membershipId }: { actor: SessionUser | null; programmeId: string; membershipId: string }) {
  if (!actor) authorize(actor, "team.manage", { programmeId });
  const membership = await client.membership.findUnique({
    where: { id: membershipId },
    select: {
      id: true,
      programmeId: true,
      userId: true,
      role: true,
      categoryId: true,
      isChair: true,
      isPreviousWinner: true,
      user: { select: { email: true } },
    },
  });
  if (!membership) throw new AppError("not_found", "memberNotFound");
  authorize(actor, "team.manage", { programmeId: membership.programmeId });
  if (membership.programmeId !== programmeId) throw new AppError("not_found", "memberNotFound");
  return membership;
}

export async function loadInvitationFor(client: Tx, { actor, programmeId, invitationId }: { actor: SessionUser | null; programmeId: string; invitationId: string }) {
  if (!actor) authorize(actor, "team.manage", { programmeId });
  const invitation = await client.invitation.findUnique({
    where: { id: invitationId },
    select: { id: true, programmeId: true, email: true, role: true, categoryId: true, acceptedAt: true, expiresAt: true },
  });
  if (!invitation) throw new AppError("not_found", "invitationNotFound");
  authorize(actor, "team.manage", { programmeId: invitation.programmeId });
  if (invitation.programmeId !== programmeId) throw new AppError("not_found", "invitationNotFound");
  if (invitation.acceptedAt) throw new AppError("invalid_state", "invitationAlreadyAccepted");
  return invitation;
}
