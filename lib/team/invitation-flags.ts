import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";

// The Invitation model has no columns for "jury chair", "previous winner" and
// the email's language, so the choices chosen when inviting are read back from the invitation's own
// audit event ("team.invitation_created", written in the same transaction as
// the invitation, append-only and hash-chained). Once Invitation gains
// isChair/isPreviousWinner/locale columns, this file is the only one to change.

export const INVITATION_CREATED = "team.invitation_created";

export interface InvitationFlags {
  isChair: boolean;
  isPreviousWinner: boolean;
  /** The language the inviter chose for the email; resends use it again. */
  locale: string | null;
}

const NO_FLAGS: InvitationFlags = { isChair: false, isPreviousWinner: false, locale: null };

export async function readInvitationFlags(client: Tx, invitationIds: string[]): Promise<Map<string, InvitationFlags>> {
  const flags = new Map<string, InvitationFlags>();
  if (invitationIds.length === 0) return flags;
  const events = await client.auditEvent.findMany({
    where: { action: INVITATION_CREATED, entityType: "invitation", entityId: { in: invitationIds } },
    select: { entityId: true, data: true },
  });
  for (const event of events) {
    const data = (event.data ?? {}) as Record<string, unknown>;
    if (event.entityId) flags.set(event.entityId, {
        isChair: data.isChair === true,
        isPreviousWinner: data.isPreviousWinner === true,
        locale: typeof data.locale === "string" ? data.locale : null,
      });
  }
  for (const id of invitationIds) if (!flags.has(id)) flags.set(id, NO_FLAGS);
  return flags;
}
