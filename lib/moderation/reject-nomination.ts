import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ModerationTarget } from "@/lib/moderation/accept-nomination";
import { authorizeModeration } from "@/lib/moderation/authorize-moderation";
import { ZRejectionReason } from "@/lib/moderation/moderation-schemas";
import { sendRejectionEmail, type RejectionNotice } from "@/lib/moderation/send-rejection-email";
import { changeNominationStatus } from "@/lib/nominations/change-status";

/**
 * Rejects a submission with a reason and tells the submitter, in their
 * language, why. The reason is stored on the nomination (and erased with it),
 * never in the audit log. The email goes out after the commit.
 */
export async function rejectNomination({ reason, ...target }: ModerationTarget & { reason: string }): Promise<{ emailed: boolean }> {
  const parsed = ZRejectionReason.safeParse(reason);
  if (!parsed.success) throw new AppError("invalid_input", parsed.error.issues[0]?.message ?? "reasonRequired");
  const notice = await db.$transaction(async (tx) => {
    const { me } = await authorizeModeration(tx, target);
    await changeNominationStatus(tx, {
      nominationId: target.nominationId,
      to: "rejected",
      from: ["submitted", "eligible"],
      actorId: me.id,
      action: "nomination.rejected",
      patch: { rejectionReason: parsed.data },
      now: target.now,
    });
    return rejectionNotice(tx, target.nominationId);
  });
  if (!notice) return { emailed: false };
  await sendRejectionEmail(notice);
  return { emailed: true };
}

/** Who submitted it and what the email says; null when there is no address to write to. */
async function rejectionNotice(tx: Tx, nominationId: string): Promise<RejectionNotice | null> {
  const n = await tx.nomination.findUniqueOrThrow({
    where: { id: nominationId },
    select: {
      kind: true,
      locale: true,
      nomineeKind: true,
      nomineeName: true,
      groupName: true,
      nominatorEmail: true,
      nomineeEmail: true,
      rejectionReason: true,
      category: { select: { name: true } },
      programme: { select: { name: true, slug: true } },
    },
  });
  // An application's submitter is the nominee; a nomination's is the nominator.
  const to = n.kind === "application" ? n.nomineeEmail : n.nominatorEmail;
  if (!to) return null;
  return {
    to,
    locale: n.locale,
    kind: n.kind === "application" ? "application" : "nomination",
    nomineeName: n.nomineeKind === "group" && n.groupName ? n.groupName : n.nomineeName,
    categoryName: n.category.name,
    programmeName: n.programme.name,
    programmeSlug: n.programme.slug,
    reason: n.rejectionReason ?? "",
  };
}
