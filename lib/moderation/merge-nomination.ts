import "server-only";
import { db } from "@/lib/db";
import type { ModerationTarget } from "@/lib/moderation/accept-nomination";
import { authorizeModeration } from "@/lib/moderation/authorize-moderation";
import { checkLinkTarget, linkToTarget } from "@/lib/moderation/link-target";
import { changeNominationStatus } from "@/lib/nominations/change-status";

/**
 * Merges a nomination into another nomination of the same person (several
 * people nominated the same volunteer). The merged one keeps its story, which
 * is shown with the primary to organisers and the jury
 * (loadNominationStories), so no nominator's words are lost. Undo with
 * unmergeNomination.
 */
export async function mergeNomination({ intoId, ...target }: ModerationTarget & { intoId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const { me, nomination } = await authorizeModeration(tx, target);
    const allowed = ["submitted", "eligible"] as const;
    await checkLinkTarget(tx, { source: nomination, targetId: intoId, allowed });
    const move = () =>
      changeNominationStatus(tx, {
        nominationId: nomination.id,
        to: "merged",
        from: ["submitted", "eligible"],
        actorId: me.id,
        action: "nomination.merged",
        data: { intoId },
        now: target.now,
      });
    await linkToTarget(tx, { source: nomination, targetId: intoId, allowed, move });
  });
}
