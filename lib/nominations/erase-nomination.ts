import "server-only";
import { deleteAttachmentFiles } from "@/lib/attachments/delete-attachments";
import { appendAuditEvent, type Tx } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/sqlite/client";
import { escapeHtml } from "@/lib/mail/templates/render-email";
import { changeNominationStatus } from "@/lib/nominations/change-status";
import { canChangeStatus } from "@/lib/nominations/status-rules";
import { ZNominationStatus, type NominationStatus } from "@/lib/validation/statuses";

export type ErasureReason = "submitter_request" | "nominee_request" | "organiser_request" | "declined" | "retention";

/** What an erased nominee is called from now on: the column is required, and counts still need the row. */
export const ERASED_NAME = "—";

/**
 * Emails about one nomination (confirmation, manage link, consent request,
 * guardian request, rejection…). Their bodies name the nominee and the
 * nominator, so they go with the nomination. Matched by prefix so a new
 * nomination email is covered without touching this file.
 */
const NOMINATION_EMAIL_KIND = /^(nomination|submission|application|nominee|consent|guardian|rejection)(_|$)/;

export interface EraseNominationInput {
  nominationId: string;
  /** Who asked for it; null for the submitter, the nominee or the scheduler. */
  actorId: string | null;
  reason: ErasureReason;
  /**
   * Run inside the caller's transaction. The files are deleted at once all the
   * same (a file cannot be rolled back; for an erasure that is the right way
   * round: a retry finds the rows and finishes).
   */
  tx?: Tx;
  now?: Date;
}

export interface EraseNominationResult {
  status: NominationStatus;
  /** false when the nomination had already been erased (nothing new was written). */
  changed: boolean;
  /**
   * Deletes any attachment rows and files still there. Erasure already did;
   * callers that passed `tx` call it after the commit as a second sweep.
   */
  deleteFiles: () => Promise<number>;
}

/**
 * Removes every piece of personal data a nomination holds and keeps the row
 * (category, kind, status, dates) so anonymous counts stay possible. Declined
 * nominations stay "declined" (the nominee's decision is itself a count);
 * everything else becomes "erased". Idempotent: erasing twice changes nothing
 * the second time and writes no second audit row.
 */
export async function eraseNomination(input: EraseNominationInput): Promise<EraseNominationResult> {
  const deleteFiles = () => deleteAttachmentFiles({ nominationId: input.nominationId });
  if (input.tx) {
    const outcome = await eraseInTransaction(input.tx, input);
    return { ...outcome, deleteFiles };
  }
  let outcome: { status: NominationStatus; changed: boolean };
  try {
    outcome = await db.$transaction((tx) => eraseInTransaction(tx, input));
  } catch (error) {
    // Two erasures at once (say, the nominee and the scheduler): the loser finds the work done.
    if (!isAppError(error) || error.code !== "conflict") throw error;
    outcome = await db.$transaction((tx) => eraseInTransaction(tx, input));
  }
  return { ...outcome, deleteFiles };
}

async function eraseInTransaction(tx: Tx, input: EraseNominationInput): Promise<{ status: NominationStatus; changed: boolean }> {
  const now = input.now ?? new Date();
  // Claim the erasure first: of two running at once (PostgreSQL runs them side
  // by side) only one sets anonymisedAt; the other then reads the finished state.
  const claim = await tx.nomination.updateMany({ where: { id: input.nominationId, anonymisedAt: null }, data: { anonymisedAt: now } });
  const row = await tx.nomination.findUnique({
    where: { id: input.nominationId },
    select: { status: true, programmeId: true, anonymisedAt: true },
  });
  if (!row) throw new AppError("not_found", "No such nomination.");
  const from = ZNominationStatus.parse(row.status);

  await forgetNominationEmails(tx, input.nominationId);
  await blankPersonalData(tx, input.nominationId, row.anonymisedAt ?? now);
  // Files before the status: if one cannot be deleted, the whole erasure fails and can be retried.
  await deleteAttachmentFiles({ nominationId: input.nominationId, db: tx });

  const done = claim.count === 0 && (from === "erased" || from === "declined");
  if (done) return { status: from, changed: false };

  const to = targetStatus(from, input.reason);
  if (to === from) {
    await appendAuditEvent(
      tx,
      { programmeId: row.programmeId, actorId: input.actorId, action: "nomination.erased", entityType: "Nomination", entityId: input.nominationId, data: { reason: input.reason } },
      now,
    );
  } else {
    await changeNominationStatus(tx, {
      nominationId: input.nominationId,
      to,
      from: [from],
      actorId: input.actorId,
      action: "nomination.erased",
      data: { reason: input.reason },
      now,
    });
  }
  return { status: to, changed: true };
}

/** Declined stays declined; a nominee who declines is recorded as declined; everyone else becomes erased. */
function targetStatus(from: NominationStatus, reason: ErasureReason): NominationStatus {
  if (from === "declined" || from === "erased") return from;
  if (reason === "declined" && canChangeStatus(from, "declined")) return "declined";
  return "erased";
}

async function blankPersonalData(tx: Tx, nominationId: string, anonymisedAt: Date): Promise<void> {
  await tx.nomination.update({
    where: { id: nominationId },
    data: {
      nomineeName: ERASED_NAME,
      nomineeEmail: null,
      nomineeBirthDate: null,
      nomineeDistrict: null,
      groupName: null,
      groupSize: null,
      groupMemberAges: Prisma.DbNull,
      nominatorName: null,
      nominatorEmail: null,
      story: "",
      rejectionReason: null,
      manageTokenHash: null,
      anonymisedAt,
    },
  });
  await tx.nominationAnswer.deleteMany({ where: { nominationId } });
  // The consent row stays (accepted/declined is a count); names, addresses and live links go.
  await tx.nomineeConsent.updateMany({
    where: { nominationId },
    data: { chosenName: null, guardianEmail: null, tokenHash: null, guardianTokenHash: null },
  });
  // Free text others wrote about the person: the public profile (and why it was changed), jurors' notes, override reasons.
  await tx.finalist.updateMany({ where: { nominationId }, data: { publicName: ERASED_NAME, publicSummary: "", publicDistrict: null, photoKey: null, changeReason: null } });
  await tx.conflictDeclaration.updateMany({ where: { nominationId }, data: { note: null } });
  await tx.scoreSheet.updateMany({ where: { nominationId }, data: { overallNote: null } });
  await tx.score.updateMany({ where: { sheet: { nominationId } }, data: { comment: null } });
  await tx.result.updateMany({ where: { nominationId }, data: { overrideReason: null } });
}

/**
 * Deletes the outbox copies of the emails about one nomination (also used by
 * retention before an expired submission is deleted): they hold the address
 * and, in the body, the names. A row goes when it was sent to one of this
 * nomination's addresses as a nomination email, and either names this nominee
 * or the address belongs to no other nomination (a nominator's emails about
 * other nominees stay with those nominations). Staff emails (sign-in,
 * invitations) are never touched. Call before the addresses are blanked.
 */
export async function forgetNominationEmails(tx: Tx, nominationId: string): Promise<number> {
  const n = await tx.nomination.findUnique({
    where: { id: nominationId },
    select: { nomineeName: true, groupName: true, nomineeEmail: true, nominatorEmail: true, consent: { select: { guardianEmail: true } } },
  });
  if (!n) return 0;
  const addresses = [n.nomineeEmail, n.nominatorEmail, n.consent?.guardianEmail];
  const names = [n.nomineeName, n.groupName];
  const known = [...new Set(addresses.filter((a): a is string => Boolean(a)).flatMap((a) => [a, a.trim(), a.trim().toLowerCase()]))];
  if (known.length === 0) return 0;
  const rows = await tx.outboxEmail.findMany({ where: { toAddress: { in: known } }, select: { id: true, kind: true, toAddress: true, text: true, html: true } });
  const named = names.filter((n): n is string => Boolean(n) && n !== ERASED_NAME);
  const ids: string[] = [];
  for (const row of rows) {
    if (!NOMINATION_EMAIL_KIND.test(row.kind)) continue;
    const mentions = named.some((n) => row.text.includes(n) || (row.html ?? "").includes(n) || (row.html ?? "").includes(escapeHtml(n)));
    if (mentions || !(await addressUsedElsewhere(tx, nominationId, row.toAddress))) ids.push(row.id);
  }
  if (ids.length === 0) return 0;
  return (await tx.outboxEmail.deleteMany({ where: { id: { in: ids } } })).count;
}

async function addressUsedElsewhere(tx: Tx, nominationId: string, address: string): Promise<boolean> {
  const variants = [...new Set([address, address.toLowerCase()])];
  const other = await tx.nomination.count({
    where: {
      id: { not: nominationId },
      anonymisedAt: null,
      OR: [{ nomineeEmail: { in: variants } }, { nominatorEmail: { in: variants } }, { consent: { is: { guardianEmail: { in: variants } } } }],
    },
  });
  return other > 0;
}
