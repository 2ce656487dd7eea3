import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";

export const INVITATION_CREATED = "team.invitation_created";

export interface InvitationFlags {
  isChair: boolean;
  isPreviousWinner: boolean;
  /** The language the inviter chose for the email; resends use it again. */
  locale: string | null;
}

/** The choices made when inviting, which the membership takes on acceptance. */
export async function readInvitationFlags(client: Tx, invitationIds: string[]): Promise<Map<string, InvitationFlags>> {
  if (invitationIds.length === 0) return new Map();
  const rows = await client.invitation.findMany({
    where: { id: { in: invitationIds } },
    select: { id: true, isChair: true, isPreviousWinner: true, locale: true },
  });
  const flags = new Map(rows.map(({ id, ...f }) => [id, f]));
  for (const id of invitationIds) if (!flags.has(id)) flags.set(id, { isChair: false, isPreviousWinner: false, locale: null });
  return flags;
}
