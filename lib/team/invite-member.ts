import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isSupportedLocale } from "@/lib/i18n/locales";
import { authorize } from "@/lib/permissions/authorize";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { INVITATION_CREATED } from "@/lib/team/invitation-flags";
import { hashInvitationToken, invitationExpiry, newInvitationToken } from "@/lib/team/invitation-token";
import { sendInvitationEmail } from "@/lib/team/send-invitation-email";
import { INVITATIONS_PER_INVITER, invitationInviterKey } from "@/lib/team/team-limits";
import type { TInviteMember } from "@/lib/validation/team";

export interface InviteResult {
  invitationId: string;
  email: string;
  emailStatus: "sent" | "failed" | "outbox";
}

/**
 * Invites someone by email to organise or judge a programme. The invitation
 * row and its audit event are written together; the email goes out after the
 * commit, with the link (and so the token) never stored in readable form.
 */
export async function inviteMember({
  actor,
  input,
  now = new Date(),
  env = process.env,
}: {
  actor: SessionUser | null;
  input: TInviteMember & { programmeId: string };
  now?: Date;
  env?: Record<string, string | undefined>;
}): Promise<InviteResult> {
  const me = authorize(actor, "team.manage", { programmeId: input.programmeId });
  const programme = await db.programme.findUnique({
    where: { id: input.programmeId },
    select: { id: true, name: true, edition: true },
  });
  if (!programme) throw new AppError("not_found", "programmeNotFound");
  if (!isSupportedLocale(input.locale)) throw new AppError("invalid_input", "localeInvalid");
  if (input.categoryId) {
    const category = await db.category.findFirst({ where: { id: input.categoryId, programmeId: programme.id }, select: { id: true } });
    if (!category) throw new AppError("invalid_input", "categoryUnknown");
  }

  const sameScope = { programmeId: programme.id, role: input.role, categoryId: input.categoryId };
  const member = await db.membership.findFirst({ where: { ...sameScope, user: { email: input.email } }, select: { id: true } });
  if (member) throw new AppError("conflict", "alreadyMember");
  const pending = await db.invitation.findFirst({
    where: { ...sameScope, email: input.email, acceptedAt: null, expiresAt: { gt: now } },
    select: { id: true },
  });
  if (pending) throw new AppError("conflict", "alreadyInvited");

  const limit = await hitRateLimit({ key: invitationInviterKey(me.id), ...INVITATIONS_PER_INVITER, now });
  if (!limit.allowed) throw new AppError("rate_limited", "tooManyInvitations");

  const token = newInvitationToken();
  const expiresAt = invitationExpiry(now, env);
  const invitation = await db.$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        ...sameScope,
        email: input.email,
        isChair: input.isChair,
        isPreviousWinner: input.isPreviousWinner,
        locale: input.locale ?? null,
        tokenHash: hashInvitationToken(token), expiresAt, invitedById: me.id, createdAt: now },
      select: { id: true },
    });
    await appendAuditEvent(
      tx,
      {
        programmeId: programme.id,
        actorId: me.id,
        action: INVITATION_CREATED,
        entityType: "invitation",
        entityId: created.id,
        data: {
          email: input.email,
          role: input.role,
          categoryId: input.categoryId,
          isChair: input.isChair,
          isPreviousWinner: input.isPreviousWinner,
          locale: input.locale,
          expiresAt: expiresAt.toISOString(),
        },
      },
      now,
    );
    return created;
  });

  const sent = await sendInvitationEmail({
    to: input.email,
    token,
    locale: input.locale,
    programmeName: `${programme.name} ${programme.edition}`,
    role: input.role,
    inviterName: me.name ?? me.email,
    env,
  });
  return { invitationId: invitation.id, email: input.email, emailStatus: sent.status };
}
