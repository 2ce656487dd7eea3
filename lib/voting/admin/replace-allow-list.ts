import "server-only";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { voterIdentityHash, voterKey } from "@/lib/voting/identity/voter-identity";
import { loadVoteProgramme } from "@/lib/voting/admin/load-vote-programme";
import { parseAllowList } from "@/lib/voting/admin/parse-allow-list";
import { VoteFieldError } from "@/lib/voting/admin/vote-admin-errors";

export interface AllowListReport {
  /** Addresses now on the list. */
  count: number;
  invalidLines: number[];
  invalidCount: number;
  duplicates: number;
}

const CHUNK = 500;

/**
 * Replaces the list of eligible voters with the addresses in `text`. Only each
 * address's identity hash is stored (the same hash a voter gets when they
 * verify), so the list can refuse or admit people without keeping who they are.
 * A list with bad lines is refused whole, so nobody is left off by a typo.
 */
export async function replaceAllowList({ actor, programmeId, text }: { actor: SessionUser | null; programmeId: string; text: string }): Promise<AllowListReport> {
  const { user, programme } = await loadVoteProgramme(db, actor, programmeId);
  if (typeof text !== "string") throw new AppError("invalid_input", "allowListInvalid");
  const parsed = parseAllowList(text);
  if (parsed.tooLong) throw new VoteFieldError("list", "allowListTooLong");
  if (parsed.invalidCount > 0) throw new AllowListLinesError(parsed.invalidLines, parsed.invalidCount);
  if (parsed.emails.length === 0) throw new VoteFieldError("list", "allowListEmpty");
  const key = voterKey();
  const hashes = parsed.emails.map((email) => voterIdentityHash(email, key, programme.id));

  await db.$transaction(async (tx) => {
    const { programme: current } = await loadVoteProgramme(tx, user, programme.id);
    if (current.stage === "closed") throw new AppError("invalid_state", "voteClosed");
    const { count: removed } = await tx.voteAllowListEntry.deleteMany({ where: { programmeId: programme.id } });
    for (let i = 0; i < hashes.length; i += CHUNK) {
      await tx.voteAllowListEntry.createMany({ data: hashes.slice(i, i + CHUNK).map((identityHash) => ({ programmeId: programme.id, identityHash })) });
    }
    await appendAuditEvent(tx, {
      programmeId: programme.id,
      actorId: user.id,
      action: "vote.allow_list_replaced",
      entityType: "Programme",
      entityId: programme.id,
      data: { removed, added: hashes.length, duplicates: parsed.duplicates },
    });
  });
  return { count: hashes.length, invalidLines: [], invalidCount: 0, duplicates: parsed.duplicates };
}

/** The list had lines that are not addresses; `lines` are 1-based, the first of them. */
export class AllowListLinesError extends VoteFieldError {
  readonly lines: number[];
  readonly total: number;
  constructor(lines: number[], total: number) {
    super("list", "allowListBadLines", { count: total, lines: lines.join(", ") });
    this.lines = lines;
    this.total = total;
  }
}
