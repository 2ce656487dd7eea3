import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { readInvitationFlags } from "@/lib/team/invitation-flags";
import { hashInvitationToken, invitationExpiry, newInvitationToken } from "@/lib/team/invitation-token";
import { loadInvitationFor } from "@/lib/team/load-team-object";
import { sendInvitationEmail } from "@/lib/team/send-invitation-email";
import { INVITATIONS_PER_INVITER, invitationInviterKey } from "@/lib/team/team-limits";
import { ZMembershipRole } from "@/lib/validation/statuses";
import type { TInvitationRef } from "@/lib/validation/team";

/**
 * Sends a pending invitation again with a fresh link and a fresh expiry. Only
 * token hashes are stored, so the old link cannot be re-sent: it stops working.
 */
export async function resendInvitation({
  actor,
  input,
  now = new Date(),
  env = process.env,
}: {
  actor: SessionUser | null;
  input: TInvitationRef & { programmeId: string };
  now?: Date;
  env?: Record<string, string | undefined>;
}) {
  const invitation = await loadInvitationFor(db, { actor, programmeId: input.programmeId, invitationId: input.invitationId });
  const me = actor!;
  const role = ZMembershipRole.parse(invitation.role);
  const limit = await hitRateLimit({ key: invitationInviterKey(me.id), ...INVITATIONS_PER_INVITER, now });
  if (!limit.allowed) throw new AppError("rate_limited", "tooManyInvitations");

  const token = newInvitationToken();
  const expiresAt = invitationExpiry(now, env);
  const { programme, flags } = await db.$transaction(async (tx) => {
    // Only a still-pending invitation is renewed, even if it was accepted a moment ago.
    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { tokenHash: hashInvitationToken(token), expiresAt },
    });
    if (count === 0) throw new AppError("invalid_state", "invitationAlreadyAccepted");
    await appendAuditEvent(
      tx,
      {
        programmeId: invitation.programmeId,
        actorId: me.id,
        action: "team.invitation_resent",
        entityType: "invitation",
        entityId: invitation.id,
        data: { email: invitation.email, expiresAt: { from: invitation.expiresAt.toISOString(), to: expiresAt.toISOString() } },
      },
      now,
    );
    return {
      programme: await tx.programme.findUniqueOrThrow({ where: { id: invitation.programmeId }, select: { name: true, edition: true, defaultLocale: true } }),
      flags: (await readInvitationFlags(tx, [invitation.id])).get(invitation.id)!,
    };
  });

  const sent = await sendInvitationEmail({
    to: invitation.email,
    token,
    locale: flags.locale ?? programme.defaultLocale,
    programmeName: `${programme.name} ${programme.edition}`,
    role,
    inviterName: me.name ?? me.email,
    env,
  });
  return { invitationId: invitation.id, email: invitation.email, emailStatus: sent.status };
}
