import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import type { Tx } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions/authorize";
import { ZPhase, type Phase } from "@/lib/validation/statuses";
import { ZVoteVerification, type TVoteSettings } from "@/lib/voting/admin/vote-admin-schemas";
import { voteStage, type VoteStage } from "@/lib/voting/admin/vote-stage";

export interface VoteProgramme {
  id: string;
  slug: string;
  name: string;
  edition: string;
  timeZone: string;
  phase: Phase;
  stage: VoteStage;
  settings: TVoteSettings;
}

/**
 * The programme behind every organiser vote page and action, after checking
 * "vote.manage" in it. Signed out fails before the database is asked; an
 * unknown programme is not_found.
 */
export async function loadVoteProgramme(db: Tx, actor: SessionUser | null, programmeId: string): Promise<{ user: SessionUser; programme: VoteProgramme }> {
  if (!actor) authorize(actor, "vote.manage");
  const p = await db.programme.findUnique({
    where: { id: programmeId },
    select: {
      id: true,
      slug: true,
      name: true,
      edition: true,
      timeZone: true,
      phase: true,
      voteVerification: true,
      votesPerCategory: true,
      voteChangeAllowed: true,
      staffMayVote: true,
    },
  });
  if (!p) throw new AppError("not_found", "programmeNotFound");
  const user = authorize(actor, "vote.manage", { programmeId: p.id });
  const phase = ZPhase.catch("draft").parse(p.phase);
  return {
    user,
    programme: {
      id: p.id,
      slug: p.slug,
      name: p.name,
      edition: p.edition,
      timeZone: p.timeZone,
      phase,
      stage: voteStage(phase),
      settings: {
        voteVerification: ZVoteVerification.catch("email").parse(p.voteVerification),
        votesPerCategory: p.votesPerCategory,
        voteChangeAllowed: p.voteChangeAllowed,
        staffMayVote: p.staffMayVote,
      },
    },
  };
}
