import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { loadVoteProgramme, type VoteProgramme } from "@/lib/voting/admin/load-vote-programme";

/** How many addresses are on the list: the addresses themselves were never kept. */
export async function getAllowListSummary({ actor, programmeId }: { actor: SessionUser | null; programmeId: string }): Promise<{ programme: VoteProgramme; count: number }> {
  const { programme } = await loadVoteProgramme(db, actor, programmeId);
  return { programme, count: await db.voteAllowListEntry.count({ where: { programmeId: programme.id } }) };
}
