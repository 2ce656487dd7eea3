import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadVoteProgramme } from "@/lib/voting/admin/load-vote-programme";

/**
 * Voids the codes of a batch that nobody has used yet (a stack of printed
 * codes went missing, an event was cancelled). They are marked used without a
 * voter, so they keep their place in the batch's counts and redeem as used.
 */
export async function voidVotingCodes({ actor, programmeId, batch, now = new Date() }: { actor: SessionUser | null; programmeId: string; batch: string; now?: Date }): Promise<{ voided: number }> {
  const { user, programme } = await loadVoteProgramme(db, actor, programmeId);
  if (typeof batch !== "string" || batch.length === 0 || batch.length > 60) throw new AppError("invalid_input", "batchNotFound");
  return db.$transaction(async (tx) => {
    if ((await tx.votingCode.count({ where: { programmeId: programme.id, batch } })) === 0) throw new AppError("not_found", "batchNotFound");
    const { count } = await tx.votingCode.updateMany({ where: { programmeId: programme.id, batch, usedAt: null }, data: { usedAt: now } });
    if (count > 0) {
      await appendAuditEvent(tx, { programmeId: programme.id, actorId: user.id, action: "vote.codes_voided", entityType: "VotingCodeBatch", entityId: null, data: { batch, count } }, now);
    }
    return { voided: count };
  });
}
