import "server-only";
import { db } from "@/lib/db";
import type { ModerationTarget } from "@/lib/moderation/accept-nomination";
import { authorizeModeration } from "@/lib/moderation/authorize-moderation";
import { eraseNomination } from "@/lib/nominations/erase-nomination";

/**
 * An organiser erases a submission because someone asked them to (by phone,
 * by letter): personal data and files go, the anonymous row stays.
 */
export async function eraseSubmission(target: ModerationTarget): Promise<{ changed: boolean }> {
  const result = await db.$transaction(async (tx) => {
    const { me } = await authorizeModeration(tx, target);
    return eraseNomination({ nominationId: target.nominationId, actorId: me.id, reason: "organiser_request", tx, now: target.now });
  });
  await result.deleteFiles();
  return { changed: result.changed };
}
