import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { authorizeShortlist } from "@/lib/shortlist/authorize-shortlist";
import { UNLOCK_PHASES } from "@/lib/shortlist/jury-progress";
import { ShortlistFieldError } from "@/lib/shortlist/shortlist-errors";
import { ZRequiredReason } from "@/lib/shortlist/shortlist-schemas";

/**
 * Reopens a locked shortlist, for organisers only and only before the public
 * vote: the finalists (and their prepared profiles) are removed and the
 * category can be locked again. The audit row keeps the reason and who had
 * already been told, so nobody is emailed twice after a new lock.
 */
export async function unlockShortlist({
  actor,
  categoryId,
  programmeId,
  reason,
  now = new Date(),
}: {
  actor: SessionUser | null;
  categoryId: string;
  programmeId?: string;
  reason: string;
  now?: Date;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    const { me, category } = await authorizeShortlist(tx, { actor, categoryId, programmeId, capabilities: ["shortlist.manage", "jury.manage"] });
    const parsed = ZRequiredReason.safeParse(reason);
    if (!parsed.success) throw new ShortlistFieldError({ reason: parsed.error.issues[0]?.message ?? "reasonRequired" });
    if (!category.shortlistLockedAt) throw new AppError("invalid_state", "notLocked");
    if (!UNLOCK_PHASES.includes(category.programme.phase)) throw new AppError("invalid_state", "tooLateToUnlock");

    const finalists = await tx.finalist.findMany({ where: { categoryId }, orderBy: { position: "asc" }, select: { nominationId: true, notifiedAt: true } });
    const moved = await tx.category.updateMany({ where: { id: categoryId, shortlistLockedAt: { not: null } }, data: { shortlistLockedAt: null } });
    if (moved.count !== 1) throw new AppError("invalid_state", "notLocked");
    await tx.finalist.deleteMany({ where: { categoryId } });
    await appendAuditEvent(
      tx,
      {
        programmeId: category.programmeId,
        actorId: me.id,
        action: "shortlist.unlocked",
        entityType: "Category",
        entityId: categoryId,
        data: {
          reason: parsed.data,
          finalists: finalists.map((f) => f.nominationId),
          notified: finalists.filter((f) => f.notifiedAt).map((f) => ({ nominationId: f.nominationId, at: f.notifiedAt!.toISOString() })),
        },
      },
      now,
    );
  });
}
