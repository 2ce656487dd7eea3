import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findUsableInvitation } from "@/lib/team/find-invitation";
import { readInvitationFlags } from "@/lib/team/invitation-flags";
import { createSignInPath } from "@/lib/team/sign-in-after-acceptance";
import { ZMembershipRole } from "@/lib/validation/statuses";

export interface AcceptedInvitation {
  programmeId: string;
  userId: string;
  role: "organiser" | "juror";
  /** Where the browser goes next: Auth.js's sign-in callback, which then lands on `landing`. */
  signInPath: string;
  landing: string;
}

/** Where a new member starts: jurors in the jury area, organisers on their programme. */
export function landingFor(role: "organiser" | "juror", programmeId: string): string {
  return role === "juror" ? "/jury" : `/admin/programmes/${programmeId}`;
}

/**
 * Accepts an invitation: creates the account if the address is new (no
 * password; such people sign in with emailed links), adds the membership,
 * marks the invitation used and prepares the sign-in, all in one transaction.
 * Every unusable token is the same "not_found".
 */
export async function acceptInvitation({
  token,
  name,
  now = new Date(),
  env = process.env,
}: {
  token: unknown;
  /** Offered by a person without an account yet; ignored for existing accounts. */
  name?: string | null;
  now?: Date;
  env?: Record<string, string | undefined>;
}): Promise<AcceptedInvitation> {
  return db.$transaction(async (tx) => {
    const invitation = await findUsableInvitation(tx, token, now);
    const role = ZMembershipRole.safeParse(invitation?.role);
    if (!invitation || !role.success) throw new AppError("not_found", "invitationInvalid");
    // Claim it first: of two simultaneous accepts only one updates the row.
    const { count } = await tx.invitation.updateMany({ where: { id: invitation.id, acceptedAt: null }, data: { acceptedAt: now } });
    if (count === 0) throw new AppError("not_found", "invitationInvalid");

    const flags = (await readInvitationFlags(tx, [invitation.id])).get(invitation.id)!;
    const userId =
      invitation.existingUserId ??
      (
        await tx.user.create({
          data: {
            email: invitation.email,
            name: name?.trim().slice(0, 120) || null,
            locale: flags.locale ?? invitation.programme.defaultLocale,
            emailVerified: now,
          },
          select: { id: true },
        })
      ).id;

    const scope = { programmeId: invitation.programmeId, userId, role: role.data, categoryId: invitation.categoryId };
    const existing = await tx.membership.findFirst({ where: scope, select: { id: true } });
    const membership =
      existing ??
      (await tx.membership.create({
        data: { ...scope, isChair: role.data === "juror" && flags.isChair, isPreviousWinner: role.data === "juror" && flags.isPreviousWinner, createdAt: now },
        select: { id: true },
      }));

    await appendAuditEvent(
      tx,
      {
        programmeId: invitation.programmeId,
        actorId: userId,
        action: "team.invitation_accepted",
        entityType: "invitation",
        entityId: invitation.id,
        data: { email: invitation.email, role: role.data, categoryId: invitation.categoryId, membershipId: membership.id, newAccount: !invitation.existingUserId },
      },
      now,
    );

    const landing = landingFor(role.data, invitation.programmeId);
    const signInPath = await createSignInPath(tx, { email: invitation.email, callbackUrl: landing, now, env });
    return { programmeId: invitation.programmeId, userId, role: role.data, signInPath, landing };
  });
}
