import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadMembershipFor } from "@/lib/team/load-team-object";
import type { TRemoveMember } from "@/lib/validation/team";

/**
 * Removes one membership. Access ends with the person's next request, because
 * every request reads memberships afresh (lib/auth/load-session-user.ts). A
 * programme always keeps at least one organiser.
 */
export async function removeMember({ actor, input }: { actor: SessionUser | null; input: TRemoveMember & { programmeId: string } }) {
  return db.$transaction(async (tx) => {
    const membership = await loadMembershipFor(tx, { actor, programmeId: input.programmeId, membershipId: input.membershipId });
    // Written first on purpose: on PostgreSQL the audit append takes a lock that
    // serialises audited changes, so the organiser count below cannot race
    // another removal. A refusal rolls the audit row back with everything else.
    await appendAuditEvent(tx, {
      programmeId: membership.programmeId,
      actorId: actor!.id,
      action: "team.member_removed",
      entityType: "membership",
      entityId: membership.id,
      data: {
        email: membership.user.email,
        role: membership.role,
        categoryId: membership.categoryId,
        isChair: membership.isChair,
        isPreviousWinner: membership.isPreviousWinner,
      },
    });
    const { count } = await tx.membership.deleteMany({ where: { id: membership.id } });
    if (count === 0) throw new AppError("not_found", "memberNotFound");
    if (membership.role === "organiser") {
      const organisersLeft = await tx.membership.count({ where: { programmeId: membership.programmeId, role: "organiser" } });
      if (organisersLeft === 0) throw new AppError("invalid_state", "lastOrganiser");
    }
    return { membershipId: membership.id, userId: membership.userId };
  });
}
