import "server-only";
import { z } from "zod";
import { db as defaultDb, type Db } from "@/lib/db";
import { ipRateLimitSubject } from "@/lib/rate-limit/client-ip";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { loadVoteContext } from "@/lib/voting/context/vote-context";
import { hashVotingCode } from "@/lib/voting/identity/hash-voting-code";
import { hmacHex } from "@/lib/voting/identity/identity-hmac";
import { voterKey } from "@/lib/voting/identity/voter-identity";
import { parseVotingCode } from "@/lib/voting/identity/voting-code";
import { ipLimit } from "@/lib/voting/verify/verify-limits";
import { refuse, type VerifyResult } from "@/lib/voting/verify/verify-result";
import { declaredArea, voterCookie } from "@/lib/voting/verify/voter-gate";

export const ZVotingCodeRedeem = z.object({
  code: z.string().max(64),
  district: z.string().max(100).optional(),
});

/**
 * A printed voting code from the organiser stands in for an email address. It
 * works once: the first redemption claims it with a conditional write and
 * creates its voter; the browser then holds the voter cookie for the rest of
 * the vote. Every attempt counts against the network's limit, which keeps
 * guessing hopeless on top of the code's 44 random bits.
 */
export async function redeemVotingCode({ slug, input, ip, now = new Date(), db = defaultDb }: { slug: string; input: unknown; ip: string; now?: Date; db?: Db }): Promise<VerifyResult> {
  const parsed = ZVotingCodeRedeem.safeParse(input);
  if (!parsed.success) return refuse("invalid_input");
  const context = await loadVoteContext(slug, { now });
  if (!context) return refuse("unknown_programme");
  if (context.status !== "open") return refuse(context.status === "closed" ? "closed" : "not_open");
  const code = parseVotingCode(parsed.data.code);
  if (!code) return refuse("malformed_voting_code");
  const district = declaredArea(context, parsed.data.district);
  if (district === null) return refuse("unknown_area");

  const programmeId = context.programme.id;
  const byIp = await hitRateLimit({ db, key: `voting-code:ip:${programmeId}:${ipRateLimitSubject(ip)}`, ...ipLimit("votingCodePerIp", ip), now });
  if (!byIp.allowed) return refuse("rate_limited", { retryAfterMs: byIp.retryAfterMs });

  const key = voterKey();
  const found = await db.votingCode.findUnique({ where: { codeHash: hashVotingCode(code, key) }, select: { id: true, programmeId: true, usedAt: true } });
  if (!found || found.programmeId !== programmeId) return refuse("unknown_voting_code");
  if (found.usedAt) return refuse("voting_code_used");

  const voter = await db.$transaction(async (tx) => {
    const claimed = await tx.votingCode.updateMany({ where: { id: found.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return null;
    const created = await tx.voter.create({
      data: { programmeId, identityHash: hmacHex(key, `voting-code\n${found.id}`), method: "voting_code", district: district || null, verifiedAt: now },
      select: { id: true },
    });
    await tx.votingCode.update({ where: { id: found.id }, data: { voterId: created.id } });
    return created;
  });
  if (!voter) return refuse("voting_code_used");
  return { ok: true, cookie: voterCookie(context, voter.id, district || null, key, now) };
}
