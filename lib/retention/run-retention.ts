import "server-only";
import { deleteAttachmentFiles, deleteUnclaimedUploads } from "@/lib/attachments/delete-attachments";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { eraseNomination, forgetNominationEmails } from "@/lib/nominations/erase-nomination";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
/** Uploads nobody attached to a submission within a day are abandoned. */
export const UNCLAIMED_UPLOAD_MAX_AGE_MS = 24 * HOUR;
/**
 * How long a withdrawn or not accepted (rejected) submission keeps its
 * personal data: 30 days after it last changed (which is at or after its
 * status change), time enough for an organiser to undo a rejection or answer
 * a question about it. Then it is anonymised like an erasure ("retention"),
 * keeping the row for anonymous counts. Documented in the README.
 */
export const ENDED_SUBMISSION_KEEP_DAYS = 30;
export const ENDED_SUBMISSION_STATUSES = ["withdrawn", "rejected"] as const;

/** The longest rate-limit window is a day; older counters are never read again. */
const RATE_LIMIT_KEEP_MS = 24 * HOUR;

export interface RetentionCounts {
  /** Unconfirmed submissions past their expiry, deleted with their files. */
  expiredSubmissions: number;
  /** Declined nominations whose personal data was still there. */
  anonymisedDeclined: number;
  /** Withdrawn and rejected submissions older than ENDED_SUBMISSION_KEEP_DAYS, anonymised. */
  anonymisedEnded: number;
  /** Files of already anonymised nominations that an earlier erasure could not delete. */
  leftoverAttachments: number;
  unclaimedUploads: number;
  rateLimitBuckets: number;
  /** Emails that carried a voter's code (the only place a voter's address is kept), a day after sending. */
  voteCodeEmails: number;
  /** Voter email codes a day after they were made: used or dead, they are never read again. */
  voteCodes: number;
}

/** A vote code lives ten minutes; a day later its email and row go, and with them the voter's address. */
export const VOTE_CODE_KEEP_MS = 24 * HOUR;

/**
 * Deletes what Laurel must not keep. Safe to run on several instances at once
 * and as often as wanted: every delete is conditional on the state that made
 * the row deletable, erasure is idempotent, and a second run finds nothing.
 * One failing row is logged and skipped so the others still go.
 */
export async function runRetention({ now = new Date() }: { now?: Date } = {}): Promise<RetentionCounts> {
  const counts: RetentionCounts = {
    expiredSubmissions: await deleteExpiredSubmissions(now),
    anonymisedDeclined: await anonymiseDeclined(now),
    anonymisedEnded: await anonymiseEnded(now),
    leftoverAttachments: await deleteLeftoverAttachments(),
    unclaimedUploads: await deleteUnclaimedUploads({ olderThan: new Date(now.getTime() - UNCLAIMED_UPLOAD_MAX_AGE_MS) }),
    rateLimitBuckets: (await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: new Date(now.getTime() - RATE_LIMIT_KEEP_MS) } } })).count,
    voteCodeEmails: (await db.outboxEmail.deleteMany({ where: { kind: "vote_code", createdAt: { lt: new Date(now.getTime() - VOTE_CODE_KEEP_MS) } } })).count,
    voteCodes: (await db.voteEmailCode.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - VOTE_CODE_KEEP_MS) } } })).count,
  };
  // One row per run that deleted something, with counts only; quiet runs leave no trace.
  if (Object.values(counts).some((n) => n > 0)) {
    await db.$transaction((tx) =>
      appendAuditEvent(tx, { programmeId: null, actorId: null, action: "retention.ran", entityType: "Retention", data: { ...counts } }, now),
    );
  }
  return counts;
}

/**
 * Unconfirmed submissions never counted: they go entirely, with their files
 * and the outbox copies of their emails. Checked again inside the
 * transaction, so a row confirmed meanwhile is left alone (confirming an
 * expired submission is refused anyway).
 */
async function deleteExpiredSubmissions(now: Date): Promise<number> {
  const expiredWhere = { status: "pending_confirmation", expiresAt: { lt: now } };
  const expired = await db.nomination.findMany({ where: expiredWhere, select: { id: true } });
  let deleted = 0;
  for (const { id } of expired) {
    try {
      deleted += await db.$transaction(async (tx) => {
        if (!(await tx.nomination.findFirst({ where: { id, ...expiredWhere }, select: { id: true } }))) return 0;
        // Files first: the row's cascade would delete the attachment rows and lose track of the files.
        await deleteAttachmentFiles({ nominationId: id, db: tx });
        await forgetNominationEmails(tx, id);
        return (await tx.nomination.deleteMany({ where: { id, ...expiredWhere } })).count;
      });
    } catch (error) {
      console.error(`[retention] could not delete expired submission ${id}:`, error);
    }
  }
  return deleted;
}

/** A nominee who declined is erased at once; this catches any whose erasure did not finish. */
async function anonymiseDeclined(now: Date): Promise<number> {
  const declined = await db.nomination.findMany({ where: { status: "declined", anonymisedAt: null }, select: { id: true } });
  let anonymised = 0;
  for (const { id } of declined) {
    try {
      const result = await eraseNomination({ nominationId: id, actorId: null, reason: "declined", now });
      if (result.changed) anonymised++;
    } catch (error) {
      console.error(`[retention] could not anonymise declined nomination ${id}:`, error);
    }
  }
  return anonymised;
}

/**
 * Withdrawn and rejected submissions do not keep personal data for ever. The
 * claim (anonymisedAt, conditional on the status and age) is the first write,
 * so a rejection undone at the same moment is left alone; erasure then
 * removes the data and files and records "retention".
 */
async function anonymiseEnded(now: Date): Promise<number> {
  const where = { status: { in: [...ENDED_SUBMISSION_STATUSES] }, anonymisedAt: null, updatedAt: { lt: new Date(now.getTime() - ENDED_SUBMISSION_KEEP_DAYS * DAY) } };
  const ended = await db.nomination.findMany({ where, select: { id: true } });
  let anonymised = 0;
  for (const { id } of ended) {
    try {
      const erased = await db.$transaction(async (tx) => {
        const claim = await tx.nomination.updateMany({ where: { id, ...where }, data: { anonymisedAt: now } });
        if (claim.count !== 1) return null;
        return eraseNomination({ nominationId: id, actorId: null, reason: "retention", tx, now });
      });
      if (!erased) continue;
      anonymised++;
      await erased.deleteFiles();
    } catch (error) {
      console.error(`[retention] could not anonymise ended submission ${id}:`, error);
    }
  }
  return anonymised;
}

async function deleteLeftoverAttachments(): Promise<number> {
  const rows = await db.attachment.findMany({
    where: { nomination: { is: { anonymisedAt: { not: null } } } },
    distinct: ["nominationId"],
    select: { nominationId: true },
  });
  let deleted = 0;
  for (const { nominationId } of rows) {
    if (!nominationId) continue;
    try {
      deleted += await deleteAttachmentFiles({ nominationId });
    } catch (error) {
      console.error(`[retention] could not delete files of anonymised nomination ${nominationId}:`, error);
    }
  }
  return deleted;
}
