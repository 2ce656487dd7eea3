import "server-only";
import { forgetUnpublishedResults } from "@/lib/results/forget-unpublished-results";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { quarantinesCanChange } from "@/lib/voting/admin/get-anomaly-report";
import { loadVoteProgramme } from "@/lib/voting/admin/load-vote-programme";
import { ZReleaseRequest, type TReleaseRequest } from "@/lib/voting/admin/vote-admin-schemas";

/**
 * Undoes one quarantine (all the votes set aside at the same moment), with a
 * reason for the audit log: the votes count again.
 */
export async function releaseBallots({
  actor,
  programmeId,
  input,
  now = new Date(),
}: {
  actor: SessionUser | null;
  programmeId: string;
  input: TReleaseRequest;
  now?: Date;
}): Promise<{ released: number }> {
  const { user, programme } = await loadVoteProgramme(db, actor, programmeId);
  const parsed = ZReleaseRequest.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "quarantineInvalid");
  const { quarantinedAt, reason } = parsed.data;

  return db.$transaction(async (tx) => {
    const { programme: current } = await loadVoteProgramme(tx, user, programme.id);
    if (!quarantinesCanChange(current.phase)) throw new AppError("invalid_state", "quarantineLocked");
    const { count } = await tx.ballot.updateMany({ where: { programmeId: programme.id, quarantinedAt }, data: { quarantinedAt: null, quarantineReason: null } });
    if (count === 0) throw new AppError("not_found", "quarantineNotFound");
    // Results confirmed from the old count must be confirmed again.
    const reconfirm = await forgetUnpublishedResults(tx, programme.id);
    await appendAuditEvent(
      tx,
      { programmeId: programme.id, actorId: user.id, action: "vote.ballots_released", entityType: "Programme", entityId: programme.id, data: { count, reason, quarantinedAt: quarantinedAt.toISOString(), ...(reconfirm ? { categoriesToConfirmAgain: reconfirm } : {}) } },
      now,
    );
    return { released: count };
  });
}
