import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { loadVoteCount } from "@/lib/voting/admin/load-vote-count";
import { loadVoteProgramme, type VoteProgramme } from "@/lib/voting/admin/load-vote-programme";
import { integritySummary, type IntegritySummary } from "@/lib/voting/tally/integrity-summary";
import { tallyCategory } from "@/lib/voting/tally/tally-category";

export interface CategoryVoteResult {
  id: string;
  name: string;
  counted: number;
  quarantined: number;
  finalists: { id: string; publicName: string; votes: number; rank: number }[];
}

export interface VoteResults {
  programme: VoteProgramme;
  categories: CategoryVoteResult[];
  integrity: IntegritySummary;
}

/** The public vote's count per category, after the close only (see loadVoteCount). */
export async function getVoteResults({ actor, programmeId }: { actor: SessionUser | null; programmeId: string }): Promise<VoteResults> {
  const { programme } = await loadVoteProgramme(db, actor, programmeId);
  const { categories, quarantines } = await loadVoteCount(db, programme);
  const results = categories.map((c) => {
    const tally = tallyCategory({ finalistIds: c.finalists.map((f) => f.id), ballots: c.ballots });
    const names = new Map(c.finalists.map((f) => [f.id, f.publicName]));
    return {
      id: c.categoryId,
      name: c.categoryName,
      counted: tally.counted,
      quarantined: tally.quarantined,
      finalists: tally.finalists.map((f) => ({ id: f.finalistId, publicName: names.get(f.finalistId) ?? "", votes: f.votes, rank: f.rank })),
    };
  });
  return { programme, categories: results, integrity: integritySummary(results, quarantines) };
}
