import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadVoteProgramme } from "@/lib/voting/admin/load-vote-programme";

/** Empties the list of eligible voters (before or during the vote). */
export async function clearAllowList({ actor, programmeId }: { actor: SessionUser | null; programmeId: string }): Promise<{ removed: number }> {
  const { user, programme } = await loadVoteProgramme(db, actor, programmeId);
  return db.$transaction(async (tx) => {
    const { programme: current } = await loadVoteProgramme(tx, user, programme.id);
    if (current.stage === "closed") throw new AppError("invalid_state", "voteClosed");
    const { count: removed } = await tx.voteAllowListEntry.deleteMany({ where: { programmeId: programme.id } });
    if (removed > 0) {
      await appendAuditEvent(tx, { programmeId: programme.id, actorId: user.id, action: "vote.allow_list_cleared", entityType: "Programme", entityId: programme.id, data: { removed } });
    }
    return { removed };
  });
}
