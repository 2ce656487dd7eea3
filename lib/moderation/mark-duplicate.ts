import "server-only";
import { db } from "@/lib/db";
import type { ModerationTarget } from "@/lib/moderation/accept-nomination";
import { authorizeModeration } from "@/lib/moderation/authorize-moderation";
import { checkLinkTarget, linkToTarget } from "@/lib/moderation/link-target";
import { changeNominationStatus } from "@/lib/nominations/change-status";

/**
 * Marks a submission as a duplicate of another in the same category (the same
 * person sent it twice): it is set aside and its story is not shown with the
 * other. To keep a second nominator's story, merge instead.
 */
export async function markDuplicate({ duplicateOfId, ...target }: ModerationTarget & { duplicateOfId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { me, nomination } = await authorizeModeration(tx, target);
    const allowed = ["submitted", "eligible", "rejected"] as const;
    await checkLinkTarget(tx, { source: nomination, targetId: duplicateOfId, allowed });
    const move = () =>
      changeNominationStatus(tx, {
        nominationId: nomination.id,
        to: "duplicate",
        from: ["submitted", "eligible"],
        actorId: me.id,
        action: "nomination.marked_duplicate",
        data: { duplicateOfId },
        now: target.now,
      });
    await linkToTarget(tx, { source: nomination, targetId: duplicateOfId, allowed, move });
  });
}
