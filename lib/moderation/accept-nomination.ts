import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { authorizeModeration } from "@/lib/moderation/authorize-moderation";
import { changeNominationStatus } from "@/lib/nominations/change-status";

export interface ModerationTarget {
  actor: SessionUser | null;
  /** The programme in the URL; the nomination must belong to it. */
  programmeId: string;
  nominationId: string;
  now?: Date;
}

/** Accepts a submission as eligible: it reaches the jury once the nominee (and a guardian, where needed) agreed. */
export async function acceptNomination({ actor, programmeId, nominationId, now }: ModerationTarget): Promise<void> {
  await db.$transaction(async (tx) => {
    const { me } = await authorizeModeration(tx, { actor, programmeId, nominationId });
    await changeNominationStatus(tx, { nominationId, to: "eligible", from: ["submitted"], actorId: me.id, action: "nomination.accepted", now });
  });
}
