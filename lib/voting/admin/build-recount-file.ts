import "server-only";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { ZPhase } from "@/lib/validation/statuses";
import { loadVoteCount } from "@/lib/voting/admin/load-vote-count";
import { loadVoteProgramme } from "@/lib/voting/admin/load-vote-programme";
import { recountPublic } from "@/lib/voting/admin/vote-stage";
import { recountFile } from "@/lib/voting/tally/write-recount-file";

export interface RecountDownload {
  filename: string;
  text: string;
}

async function build(programme: { id: string; slug: string; phase: ReturnType<typeof ZPhase.parse> }): Promise<RecountDownload> {
  const { categories } = await loadVoteCount(db, programme);
  return { filename: `${programme.slug}-recount.jsonl`, text: recountFile({ programmeSlug: programme.slug, categories }) };
}

/** The recount file for the programme's organisers, once the vote has closed. */
export async function organiserRecountFile({ actor, programmeId }: { actor: SessionUser | null; programmeId: string }): Promise<RecountDownload> {
  const { programme } = await loadVoteProgramme(db, actor, programmeId);
  return build(programme);
}

/**
 * The recount file for everyone, once the results are published. Before that
 * (or for an unknown or draft programme) it does not exist: not_found, so its
 * coming cannot be probed either.
 */
export async function publicRecountFile({ slug }: { slug: string }): Promise<RecountDownload> {
  const p = await db.programme.findUnique({ where: { slug }, select: { id: true, slug: true, phase: true } });
  const phase = ZPhase.catch("draft").parse(p?.phase);
  if (!p || !recountPublic(phase)) throw new AppError("not_found", "recountNotFound");
  return build({ id: p.id, slug: p.slug, phase });
}
