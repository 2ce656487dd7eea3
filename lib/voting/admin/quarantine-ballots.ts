import "server-only";
import { forgetUnpublishedResults } from "@/lib/results/forget-unpublished-results";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { quarantinesCanChange } from "@/lib/voting/admin/get-anomaly-report";
import { loadVoteProgramme } from "@/lib/voting/admin/load-vote-programme";
import { loadVoteSignals, sameSelector } from "@/lib/voting/admin/load-vote-signals";
import { ZQuarantineRequest, type TQuarantineRequest } from "@/lib/voting/admin/vote-admin-schemas";
import { detectAnomalies } from "@/lib/voting/tally/detect-anomalies";

const CHUNK = 500;

/**
 * Sets aside the votes of one finding of the anomaly report, with a reason
 * that is published with the results. Only a finding the report shows right
 * now can be quarantined, so no one can set aside votes they merely dislike;
 * votes already quarantined keep their first reason. The audit row holds the
 * kind, the count and the reason, nothing that points at a voter.
 */
export async function quarantineBallots({
  actor,
  programmeId,
  input,
  now = new Date(),
}: {
  actor: SessionUser | null;
  programmeId: string;
  input: TQuarantineRequest;
  now?: Date;
}): Promise<{ quarantined: number }> {
  const { user, programme } = await loadVoteProgramme(db, actor, programmeId);
  const parsed = ZQuarantineRequest.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "findingInvalid");
  const { selector, reason } = parsed.data;

  return db.$transaction(async (tx) => {
    const { programme: current } = await loadVoteProgramme(tx, user, programme.id);
    if (!quarantinesCanChange(current.phase)) throw new AppError("invalid_state", "quarantineLocked");
    const ballots = await loadVoteSignals(tx, programme.id);
    const finding = detectAnomalies({ votes: ballots, timeZone: current.timeZone, now }).find((f) => sameSelector(f.selector, selector));
    if (!finding) throw new AppError("conflict", "findingChanged");
    const ids = finding.voteIndexes.map((i) => ballots[i]).filter((b) => b.quarantinedAt === null).map((b) => b.id);
    let quarantined = 0;
    for (let i = 0; i < ids.length; i += CHUNK) {
      const { count } = await tx.ballot.updateMany({ where: { id: { in: ids.slice(i, i + CHUNK) }, quarantinedAt: null }, data: { quarantinedAt: now, quarantineReason: reason } });
      quarantined += count;
    }
    if (quarantined > 0) {
      // Results confirmed from the old count must be confirmed again.
      const reconfirm = await forgetUnpublishedResults(tx, programme.id);
      await appendAuditEvent(
        tx,
        { programmeId: programme.id, actorId: user.id, action: "vote.ballots_quarantined", entityType: "Programme", entityId: programme.id, data: { kind: finding.kind, count: quarantined, reason, ...(reconfirm ? { categoriesToConfirmAgain: reconfirm } : {}) } },
        now,
      );
    }
    return { quarantined };
  });
}
