import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadInvitationFor } from "@/lib/team/load-team-object";
import type { TInvitationRef } from "@/lib/validation/team";

/**
 * Withdraws a pending invitation. The row is deleted, so its link leads to the
 * same "no longer valid" page as any unknown link; the audit log keeps who
 * withdrew which invitation.
 */
export async function revokeInvitation({ actor, input }: { actor: SessionUser | null; input: TInvitationRef & { programmeId: string } }) {
  return db.$transaction(async (tx) => {
    const invitation = await loadInvitationFor(tx, { actor, programmeId: input.programmeId, invitationId: input.invitationId });
    const { count } = await tx.invitation.deleteMany({ where: { id: invitation.id, acceptedAt: null } });
    if (count === 0) throw new AppError("invalid_state", "invitationAlreadyAccepted");
    await appendAuditEvent(tx, {
      programmeId: invitation.programmeId,
      actorId: actor!.id,
      action: "team.invitation_revoked",
      entityType: "invitation",
      entityId: invitation.id,
      data: { email: invitation.email, role: invitation.role, categoryId: invitation.categoryId },
    });
    return { invitationId: invitation.id, email: invitation.email };
  });
}
