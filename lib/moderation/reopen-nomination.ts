import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ModerationTarget } from "@/lib/moderation/accept-nomination";
import { authorizeModeration } from "@/lib/moderation/authorize-moderation";
import { changeNominationStatus } from "@/lib/nominations/change-status";
import type { NominationStatus } from "@/lib/validation/statuses";

// Each undo is its own audit action, so the history reads as what happened.
const UNDO_ACTION: Partial<Record<NominationStatus, string>> = {
  eligible: "nomination.acceptance_undone",
  rejected: "nomination.rejection_undone",
  duplicate: "nomination.duplicate_undone",
  merged: "nomination.unmerged",
};

/**
 * Undoes a moderation decision: the submission goes back to the queue
 * ("submitted"), with the rejection reason or the link to the other
 * nomination removed. `from` names the decision the organiser saw, so an undo
 * never reverses a decision someone else made meanwhile.
 */
export async function reopenNomination({
  from,
  ...target
}: ModerationTarget & { from?: readonly NominationStatus[] }): Promise<{ from: NominationStatus }> {
  return db.$transaction(async (tx) => {
    const { me, nomination } = await authorizeModeration(tx, target);
    const action = UNDO_ACTION[nomination.status];
    if (!action || (from && !from.includes(nomination.status))) throw new AppError("invalid_state", "nothingToUndo");
    await changeNominationStatus(tx, {
      nominationId: nomination.id,
      to: "submitted",
      from: [nomination.status],
      actorId: me.id,
      action,
      patch: { rejectionReason: null },
      now: target.now,
    });
    await tx.nomination.update({ where: { id: nomination.id }, data: { duplicateOfId: null } });
    return { from: nomination.status };
  });
}

/** Takes a merged nomination out of its primary: it is a separate submission in the queue again. */
export function unmergeNomination(target: ModerationTarget): Promise<{ from: NominationStatus }> {
  return reopenNomination({ ...target, from: ["merged"] });
}
