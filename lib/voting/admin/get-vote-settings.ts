import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Tx } from "@/lib/audit/append-audit-event";
import { db } from "@/lib/db";
import { loadVoteProgramme, type VoteProgramme } from "@/lib/voting/admin/load-vote-programme";
import { MAX_VOTES_PER_CATEGORY } from "@/lib/voting/admin/vote-admin-schemas";
import { voteSettingsLocked } from "@/lib/voting/admin/vote-stage";

export interface VoteSettingsView {
  programme: VoteProgramme;
  /** Settings cannot change once the vote has opened: voters were told the rules. */
  locked: boolean;
  /** Votes per category cannot exceed the finalists of the smallest category. */
  maxVotesPerCategory: number;
}

/**
 * The most choices a voter can have: the finalists of the smallest category
 * (its planned number of finalists while the shortlist is still open), and
 * never more than MAX_VOTES_PER_CATEGORY.
 */
export async function maxVotesPerCategory(tx: Tx, programmeId: string): Promise<number> {
  const categories = await tx.category.findMany({ where: { programmeId }, select: { finalistCount: true, _count: { select: { finalists: true } } } });
  const sizes = categories.map((c) => (c._count.finalists > 0 ? c._count.finalists : c.finalistCount));
  return Math.max(1, Math.min(MAX_VOTES_PER_CATEGORY, ...sizes));
}

/** The vote settings of a programme, for its organisers. */
export async function getVoteSettings({ actor, programmeId }: { actor: SessionUser | null; programmeId: string }): Promise<VoteSettingsView> {
  const { programme } = await loadVoteProgramme(db, actor, programmeId);
  return { programme, locked: voteSettingsLocked(programme.phase), maxVotesPerCategory: await maxVotesPerCategory(db, programme.id) };
}
