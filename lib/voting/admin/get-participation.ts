import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { loadVoteProgramme, type VoteProgramme } from "@/lib/voting/admin/load-vote-programme";
import { participationByHour, type HourCount } from "@/lib/voting/admin/participation-by-hour";

export interface Participation {
  programme: VoteProgramme;
  /** Every ballot cast, quarantined ones included. */
  totalVotes: number;
  voters: number;
  quarantined: number;
  categories: { id: string; name: string; votes: number }[];
  byHour: HourCount[];
}

/**
 * How many took part, per category and per hour. Deliberately nothing per
 * finalist: this page is open during the vote, when no count may exist.
 */
export async function getParticipation({ actor, programmeId }: { actor: SessionUser | null; programmeId: string }): Promise<Participation> {
  const { programme } = await loadVoteProgramme(db, actor, programmeId);
  const where = { programmeId: programme.id };
  const [categories, perCategory, castAt, voters, quarantined] = await Promise.all([
    db.category.findMany({ where, select: { id: true, name: true }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
    db.ballot.groupBy({ by: ["categoryId"], where, _count: { _all: true } }),
    db.ballot.findMany({ where, select: { castAt: true } }),
    db.voter.count({ where: { ...where, ballots: { some: {} } } }),
    db.ballot.count({ where: { ...where, quarantinedAt: { not: null } } }),
  ]);
  const votes = new Map(perCategory.map((g) => [g.categoryId, g._count._all]));
  return {
    programme,
    totalVotes: castAt.length,
    voters,
    quarantined,
    categories: categories.map((c) => ({ ...c, votes: votes.get(c.id) ?? 0 })),
    byHour: participationByHour(castAt.map((b) => b.castAt)),
  };
}
