import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { acceptNomination } from "@/lib/moderation/accept-nomination";
import { ZBulkInput, ZRejectionReason, type BulkAction } from "@/lib/moderation/moderation-schemas";
import { rejectNomination } from "@/lib/moderation/reject-nomination";
import { authorize } from "@/lib/permissions/authorize";

export interface BulkFailure {
  nominationId: string;
  /** An error key: an AppError message such as "nothingToUndo", or its code ("invalid_state"). */
  reason: string;
  /** The nominee's or group's name, when the actor may see this submission. */
  title: string | null;
  /** Its status now, when the actor may see it: says why the change was not possible. */
  status: string | null;
}

export interface BulkResult {
  changed: string[];
  failed: BulkFailure[];
}

/**
 * Accepts or rejects several submissions. Each one is its own transaction
 * with its own checks, so one that cannot change (already decided, changed
 * meanwhile, another programme) does not hold up the others; the result says
 * which failed and why.
 */
export async function bulkModerate({
  actor,
  programmeId,
  action,
  nominationIds,
  reason,
  now,
}: {
  actor: SessionUser | null;
  programmeId: string;
  action: BulkAction;
  nominationIds: string[];
  reason?: string;
  now?: Date;
}): Promise<BulkResult> {
  if (!actor) authorize(actor, "nomination.moderate");
  const input = ZBulkInput.safeParse({ action, nominationIds, reason });
  if (!input.success) throw new AppError("invalid_input", input.error.issues[0]?.message ?? "invalid");
  if (action === "reject") {
    // One reason for all: checked once, before anything changes.
    const checked = ZRejectionReason.safeParse(reason);
    if (!checked.success) throw new AppError("invalid_input", checked.error.issues[0]?.message ?? "reasonRequired");
  }

  const result: BulkResult = { changed: [], failed: [] };
  for (const nominationId of [...new Set(input.data.nominationIds)]) {
    const target = { actor, programmeId, nominationId, now };
    try {
      if (action === "accept") await acceptNomination(target);
      else await rejectNomination({ ...target, reason: reason ?? "" });
      result.changed.push(nominationId);
    } catch (error) {
      if (!isAppError(error)) throw error;
      result.failed.push({ nominationId, reason: /^[a-zA-Z]+$/.test(error.message) ? error.message : error.code, title: null, status: null });
    }
  }
  // Someone who may moderate none of them learns that, not a list of refusals.
  if (result.changed.length === 0 && result.failed.every((f) => f.reason === "forbidden")) {
    throw new AppError("forbidden", "You do not have access to this.");
  }
  await nameFailures(programmeId, result.failed);
  return result;
}

const HIDDEN = new Set(["forbidden", "not_found", "unauthenticated"]);

/** Names the failures the actor was allowed to act on (they failed for a reason about the submission itself). */
async function nameFailures(programmeId: string, failed: BulkFailure[]): Promise<void> {
  const visible = failed.filter((f) => !HIDDEN.has(f.reason));
  if (visible.length === 0) return;
  const rows = await db.nomination.findMany({
    where: { programmeId, id: { in: visible.map((f) => f.nominationId) } },
    select: { id: true, nomineeKind: true, nomineeName: true, groupName: true, status: true },
  });
  for (const f of visible) {
    const row = rows.find((r) => r.id === f.nominationId);
    if (!row) continue;
    f.title = row.nomineeKind === "group" && row.groupName ? row.groupName : row.nomineeName;
    f.status = row.status;
  }
}
