import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/session-user";
import { db as defaultDb, type Db } from "@/lib/db";
import { UNKNOWN_IP } from "@/lib/rate-limit/client-ip";
import { loadVoteContext, type VoteContext } from "@/lib/voting/context/vote-context";
import { ballotRefusal, type BallotRefusal } from "@/lib/voting/cast/ballot-rules";
import { writeBallot } from "@/lib/voting/cast/ballot-writer";
import { insertBallot, type BallotRow } from "@/lib/voting/cast/insert-ballot";
import { networkPrefix, userAgentHash } from "@/lib/voting/cast/network-prefix";
import { NETWORK_VOTE_WINDOW_MS, networkVoteLimit } from "@/lib/voting/cast/vote-limits";
import { voterKey } from "@/lib/voting/identity/voter-identity";
import { readVoterSession } from "@/lib/voting/session/voter-session";
import { newReceiptCode, receiptHash } from "@/lib/voting/tally/receipt-code";

export const ZBallotInput = z.object({
  categoryId: z.string().min(1).max(64),
  finalistIds: z.array(z.string().min(1).max(64)).min(1).max(10),
});

export type CastRefusal = BallotRefusal | "already_voted" | "rate_limited" | "invalid_input" | "unknown_programme";

export type CastResult =
  | { ok: true; receiptCodes: string[]; changed: boolean }
  | { ok: false; reason: CastRefusal };

export interface CastVoteOptions {
  slug: string;
  /** The voter cookie's value for this programme. */
  cookieValue: string | undefined;
  input: unknown;
  ip: string;
  userAgent: string | null;
  /** The signed-in staff member, when the request carries a staff session. */
  staff: Pick<SessionUser, "isAdmin" | "memberships"> | null;
  now?: Date;
  db?: Db;
  /** The vote context, when the caller already loaded it for this request. */
  context?: VoteContext;
}

class Rollback extends Error {}

/**
 * Casts a verified voter's ballot in one category: one finalist, or up to the
 * programme's votes per category. A first vote is one guarded INSERT; a change
 * (where the programme allows it) swaps the voter's ballots in one
 * transaction. Each chosen finalist gets its own receipt code.
 */
export async function castVote({ slug, cookieValue, input, ip, userAgent, staff, now = new Date(), db = defaultDb, context: given }: CastVoteOptions): Promise<CastResult> {
  const parsed = ZBallotInput.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid_input" };
  const { categoryId, finalistIds } = parsed.data;
  const context = given ?? (await loadVoteContext(slug, { now, maxAgeMs: 1000 }));
  if (!context) return { ok: false, reason: "unknown_programme" };
  const session = readVoterSession(cookieValue, context.programme.id, voterKey(), now);
  const refusal = ballotRefusal({ context, session, categoryId, finalistIds, staff });
  if (refusal) return { ok: false, reason: refusal };

  const prefix = networkPrefix(ip);
  // Without a trusted proxy header every voter is "unknown": one shared network limit would stop the whole vote.
  const limit = { limit: prefix === UNKNOWN_IP ? 2_000_000_000 : networkVoteLimit(), since: new Date(now.getTime() - NETWORK_VOTE_WINDOW_MS) };
  const receiptCodes = finalistIds.map(() => newReceiptCode());
  const rows: BallotRow[] = finalistIds.map((finalistId, slot) => ({
    id: randomUUID(),
    programmeId: context.programme.id,
    categoryId,
    voterId: session!.voterId,
    finalistId,
    slot,
    receiptHash: receiptHash(receiptCodes[slot], categoryId),
    castAt: now,
    networkPrefix: prefix,
    userAgentHash: userAgentHash(userAgent),
  }));

  // A first vote for one finalist (nearly every vote) takes the prepared fast path; a database given for tests goes through Prisma.
  const single = rows.length === 1 && (db === defaultDb ? await writeBallot(rows[0], limit) : await insertBallot(db, rows[0], limit));
  if (single === 1) return { ok: true, receiptCodes, changed: false };
  if (rows.length > 1) {
    const stored = await db
      .$transaction(async (tx) => {
        for (const row of rows) if ((await insertBallot(tx, row, limit)) !== 1) throw new Rollback();
        return true;
      })
      .catch((error) => {
        if (error instanceof Rollback) return false;
        throw error;
      });
    if (stored) return { ok: true, receiptCodes, changed: false };
  }

  const why = await whyNotStored(db, slug, rows[0], limit, now);
  if (why !== "already_voted" || !context.programme.voteChangeAllowed) return { ok: false, reason: why };
  return changeVote(db, rows, limit, receiptCodes, slug, now);
}

/** The insert wrote nothing: find out which of its guards refused, from fresh reads. */
async function whyNotStored(db: Db, slug: string, row: BallotRow, limit: { limit: number; since: Date }, now: Date): Promise<CastRefusal> {
  const [voted, voter, fresh] = await Promise.all([
    db.ballot.count({ where: { voterId: row.voterId, categoryId: row.categoryId } }),
    db.voter.count({ where: { id: row.voterId, programmeId: row.programmeId } }),
    loadVoteContext(slug, { now }),
  ]);
  if (!fresh) return "unknown_programme";
  if (fresh.status !== "open") return fresh.status === "closed" ? "closed" : "not_open";
  if (voted > 0) return "already_voted";
  if (voter === 0) return "not_verified";
  const category = fresh.categories.find((c) => c.id === row.categoryId);
  if (!category?.finalists.some((f) => f.id === row.finalistId)) return "not_finalist";
  const fromNetwork = await db.ballot.count({ where: { programmeId: row.programmeId, networkPrefix: row.networkPrefix, castAt: { gt: limit.since } } });
  if (fromNetwork >= limit.limit) return "rate_limited";
  // A concurrent request of the same voter won the other unique key (another slot or finalist).
  return "already_voted";
}

/**
 * Replaces the voter's ballots in the category. A quarantined ballot stays
 * where it is: re-voting must not wash a vote out of quarantine.
 */
async function changeVote(db: Db, rows: BallotRow[], limit: { limit: number; since: Date }, receiptCodes: string[], slug: string, now: Date): Promise<CastResult> {
  const { voterId, categoryId } = rows[0];
  const outcome = await db
    .$transaction(async (tx) => {
      // Only ballots that are not quarantined go; if one is left (quarantined before or while we ran), nothing changes.
      await tx.ballot.deleteMany({ where: { voterId, categoryId, quarantinedAt: null } });
      if ((await tx.ballot.count({ where: { voterId, categoryId } })) > 0) throw new Rollback("quarantined");
      for (const row of rows) if ((await insertBallot(tx, row, limit)) !== 1) throw new Rollback();
      return "changed" as const;
    })
    .catch((error) => {
      if (error instanceof Rollback) return error.message === "quarantined" ? ("already_voted" as const) : ("refused" as const);
      throw error;
    });
  if (outcome === "changed") return { ok: true, receiptCodes, changed: true };
  if (outcome === "already_voted") return { ok: false, reason: "already_voted" };
  const why = await whyNotStored(db, slug, rows[0], limit, now);
  return { ok: false, reason: why === "already_voted" ? "already_voted" : why };
}
