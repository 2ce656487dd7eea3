import "server-only";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { appendAuditEvent, type Tx } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import { canChangeStatus } from "@/lib/nominations/status-rules";
import { ZNominationStatus, type NominationStatus } from "@/lib/validation/statuses";

export interface StatusChange {
  nominationId: string;
  to: NominationStatus;
  /** The user who decided; null for the submitter, the nominee or the scheduler. */
  actorId: string | null;
  /** Audit action, e.g. "nomination.rejected". */
  action: string;
  /** Audit details. Never personal data: the audit log cannot be erased. */
  data?: Prisma.InputJsonObject;
  /** Other columns written together with the status (e.g. rejectionReason). */
  patch?: Prisma.NominationUpdateManyMutationInput;
  /** Only move if the nomination is in one of these (what the caller saw). */
  from?: readonly NominationStatus[];
  now?: Date;
}

/**
 * The one way a nomination changes status: checks the transition table,
 * writes the new status conditionally on the old one (of two racing requests
 * only one wins) and appends the audit event, all inside the caller's
 * transaction. Throws invalid_state when the move is not allowed.
 */
export async function changeNominationStatus(tx: Tx, change: StatusChange): Promise<{ from: NominationStatus; programmeId: string }> {
  const now = change.now ?? new Date();
  const row = await tx.nomination.findUnique({ where: { id: change.nominationId }, select: { status: true, programmeId: true } });
  if (!row) throw new AppError("not_found", "No such nomination.");
  const from = ZNominationStatus.parse(row.status);
  if ((change.from && !change.from.includes(from)) || !canChangeStatus(from, change.to)) {
    throw new AppError("invalid_state", `A nomination cannot go from ${from} to ${change.to}.`);
  }
  const moved = await tx.nomination.updateMany({
    where: { id: change.nominationId, status: from },
    data: { ...change.patch, status: change.to },
  });
  if (moved.count !== 1) throw new AppError("conflict", "The nomination was changed by someone else meanwhile.");
  await appendAuditEvent(
    tx,
    {
      programmeId: row.programmeId,
      actorId: change.actorId,
      action: change.action,
      entityType: "Nomination",
      entityId: change.nominationId,
      data: { from, to: change.to, ...change.data },
    },
    now,
  );
  return { from, programmeId: row.programmeId };
}
