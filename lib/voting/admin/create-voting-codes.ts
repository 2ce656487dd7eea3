import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashVotingCode } from "@/lib/voting/identity/hash-voting-code";
import { voterKey } from "@/lib/voting/identity/voter-identity";
import { newVotingCode } from "@/lib/voting/identity/voting-code";
import { loadVoteProgramme } from "@/lib/voting/admin/load-vote-programme";
import { VoteFieldError } from "@/lib/voting/admin/vote-admin-errors";
import { ZVotingCodeBatch, type TVotingCodeBatch } from "@/lib/voting/admin/vote-admin-schemas";

/**
 * Makes a batch of printed voting codes. Only their keyed hashes are stored:
 * the plain codes are returned here once, for printing, and cannot be shown
 * again. Codes can be made before and during the vote, not after it closed.
 */
export async function createVotingCodes({
  actor,
  programmeId,
  input,
}: {
  actor: SessionUser | null;
  programmeId: string;
  input: TVotingCodeBatch;
}): Promise<{ batch: string; codes: string[] }> {
  const { user, programme } = await loadVoteProgramme(db, actor, programmeId);
  const parsed = ZVotingCodeBatch.safeParse(input);
  if (!parsed.success) throw new AppError("invalid_input", "invalidBatch");
  const { label, count } = parsed.data;
  const key = voterKey();
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newVotingCode());
  const rows = [...codes].map((code) => ({ programmeId: programme.id, batch: label, codeHash: hashVotingCode(code, key) }));

  await db.$transaction(async (tx) => {
    const { programme: current } = await loadVoteProgramme(tx, user, programme.id);
    if (current.stage === "closed") throw new AppError("invalid_state", "voteClosed");
    if ((await tx.votingCode.count({ where: { programmeId: programme.id, batch: label } })) > 0) throw new VoteFieldError("label", "labelTaken");
    await tx.votingCode.createMany({ data: rows });
    await appendAuditEvent(tx, { programmeId: programme.id, actorId: user.id, action: "vote.codes_created", entityType: "VotingCodeBatch", entityId: null, data: { batch: label, count } });
  });
  return { batch: label, codes: [...codes] };
}
