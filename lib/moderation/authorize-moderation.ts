import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";
import { ZNominationStatus, type NominationStatus } from "@/lib/validation/statuses";

export interface ModeratedNomination {
  id: string;
  programmeId: string;
  categoryId: string;
  status: NominationStatus;
  anonymisedAt: Date | null;
}

/**
 * The per-object check every moderation act starts with: the nomination must
 * belong to the programme in the URL (else 404, so ids from elsewhere reveal
 * nothing), and the actor must moderate that programme and category.
 * Submissions still waiting for their email confirmation do not exist yet for
 * organisers.
 */
export async function authorizeModeration(
  tx: Tx,
  { actor, programmeId, nominationId }: { actor: SessionUser | null; programmeId: string; nominationId: string },
): Promise<{ me: SessionUser; nomination: ModeratedNomination }> {
  if (!actor) authorize(actor, "nomination.moderate");
  const row = await tx.nomination.findUnique({
    where: { id: nominationId },
    select: { id: true, programmeId: true, categoryId: true, status: true, anonymisedAt: true },
  });
  if (!row || row.programmeId !== programmeId) {
    // Outsiders learn "forbidden" for the programme before anything about its nominations.
    authorize(actor, "nomination.moderate", { programmeId });
    throw new AppError("not_found", "No such submission in this programme.");
  }
  const me = authorize(actor, "nomination.moderate", { programmeId: row.programmeId, categoryId: row.categoryId });
  const status = ZNominationStatus.parse(row.status);
  if (status === "pending_confirmation") throw new AppError("not_found", "No such submission in this programme.");
  return { me, nomination: { ...row, status } };
}
