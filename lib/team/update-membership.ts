import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadMembershipFor } from "@/lib/team/load-team-object";
import type { TUpdateMembership } from "@/lib/validation/team";

/**
 * Changes a juror's category, chair and previous-winner flags. Organisers
 * always work on the whole programme and have no jury flags.
 */
export async function updateMembership({ actor, input }: { actor: SessionUser | null; input: TUpdateMembership & { programmeId: string } }) {
  return db.$transaction(async (tx) => {
    const before = await loadMembershipFor(tx, { actor, programmeId: input.programmeId, membershipId: input.membershipId });
    if (before.role !== "juror") throw new AppError("invalid_state", "onlyJurorsHaveCategories");
    if (input.categoryId) {
      const category = await tx.category.findFirst({ where: { id: input.categoryId, programmeId: before.programmeId }, select: { id: true } });
      if (!category) throw new AppError("invalid_input", "categoryUnknown");
    }
    const after = { categoryId: input.categoryId, isChair: input.isChair, isPreviousWinner: input.isPreviousWinner };
    const changes = Object.fromEntries(
      (Object.keys(after) as (keyof typeof after)[]).filter((k) => before[k] !== after[k]).map((k) => [k, { from: before[k], to: after[k] }]),
    );
    if (Object.keys(changes).length === 0) return { membershipId: before.id, changed: [] as string[] };
    await tx.membership.update({ where: { id: before.id }, data: after });
    await appendAuditEvent(tx, {
      programmeId: before.programmeId,
      actorId: actor!.id,
      action: "team.membership_updated",
      entityType: "membership",
      entityId: before.id,
      data: { email: before.user.email, changes },
    });
    return { membershipId: before.id, changed: Object.keys(changes) };
  });
}
