import "server-only";
import { z } from "zod";
import { db as defaultDb, type Db } from "@/lib/db";
import { ipRateLimitSubject } from "@/lib/rate-limit/client-ip";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { loadVoteContext } from "@/lib/voting/context/vote-context";
import { codeState, codesMatch, hashCode, MAX_WRONG_TRIES, parseEmailCode } from "@/lib/voting/identity/email-code";
import { normaliseVoterEmail } from "@/lib/voting/identity/normalise-voter-email";
import { voterIdentityHash, voterKey } from "@/lib/voting/identity/voter-identity";
import { clearWrongCodes, identityLockedUntil, recordWrongCode } from "@/lib/voting/verify/identity-lock";
import { ipLimit } from "@/lib/voting/verify/verify-limits";
import { refuse, type VerifyResult } from "@/lib/voting/verify/verify-result";
import { declaredArea, voterCookie } from "@/lib/voting/verify/voter-gate";

export const ZEmailCodeCheck = z.object({
  email: z.string().max(320),
  code: z.string().max(64),
  district: z.string().max(100).optional(),
});

/**
 * Step two: the code from the email. Only the newest code of the identity
 * counts; it works once (the "used" mark is a conditional write, so two tabs
 * cannot both use it), for ten minutes, and five wrong tries kill it. Wrong
 * tries also count against the identity, with a growing lock-out. Success
 * makes (or finds) the Voter and returns the signed voter cookie.
 */
export async function verifyEmailCode({ slug, input, ip, now = new Date(), db = defaultDb }: { slug: string; input: unknown; ip: string; now?: Date; db?: Db }): Promise<VerifyResult> {
  const parsed = ZEmailCodeCheck.safeParse(input);
  if (!parsed.success) return refuse("invalid_input");
  const context = await loadVoteContext(slug, { now });
  if (!context) return refuse("unknown_programme");
  if (context.status !== "open") return refuse(context.status === "closed" ? "closed" : "not_open");
  const normalised = normaliseVoterEmail(parsed.data.email);
  if (!normalised) return refuse("invalid_email");
  const code = parseEmailCode(parsed.data.code);
  if (!code) return refuse("malformed_code");
  const district = declaredArea(context, parsed.data.district);
  if (district === null) return refuse("unknown_area");

  const programmeId = context.programme.id;
  const byIp = await hitRateLimit({ db, key: `vote-check:ip:${programmeId}:${ipRateLimitSubject(ip)}`, ...ipLimit("codeCheckPerIp", ip), now });
  if (!byIp.allowed) return refuse("rate_limited", { retryAfterMs: byIp.retryAfterMs });

  const key = voterKey();
  const identityHash = voterIdentityHash(normalised, key, programmeId);
  const row = await db.voteEmailCode.findFirst({
    where: { programmeId, identityHash },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, codeHash: true, failures: true, usedAt: true, createdAt: true },
  });
  if (!row) return refuse("no_code");
  const { lockedUntil } = await identityLockedUntil(programmeId, identityHash, db);
  const state = codeState({ createdAt: row.createdAt, usedAt: row.usedAt, failures: row.failures, lockedUntil, now });
  if (state === "used") return refuse("code_used");
  if (state === "expired") return refuse("code_expired");
  if (state === "locked") return refuse("locked", lockedUntil && lockedUntil > now ? { retryAfterMs: lockedUntil.getTime() - now.getTime() } : {});

  // Every try takes one of the code's five first, atomically, so guesses sent
  // in parallel cannot all be compared before the first failure is counted.
  const reserved = await db.voteEmailCode.updateMany({ where: { id: row.id, usedAt: null, failures: { lt: MAX_WRONG_TRIES } }, data: { failures: { increment: 1 } } });
  if (reserved.count !== 1) return refuse("locked");
  if (!codesMatch(hashCode(code, key), row.codeHash)) {
    const lock = await recordWrongCode(programmeId, identityHash, now, db);
    if (lock) return refuse("locked", { retryAfterMs: lock.getTime() - now.getTime() });
    return refuse("wrong_code", { triesLeft: Math.max(0, MAX_WRONG_TRIES - row.failures - 1) });
  }

  const voterId = await db.$transaction(async (tx) => {
    const claimed = await tx.voteEmailCode.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return null;
    const voter = await tx.voter.upsert({
      where: { programmeId_identityHash: { programmeId, identityHash } },
      create: { programmeId, identityHash, method: "email_code", district: district || null, emailDomain: normalised.split("@")[1], verifiedAt: now },
      update: { verifiedAt: now },
      select: { id: true, district: true },
    });
    // The first district a voter declares stays theirs, so nobody shops for an area by verifying again.
    if (voter.district === null && district) await tx.voter.update({ where: { id: voter.id }, data: { district } });
    return { id: voter.id, district: voter.district ?? (district || null) };
  });
  if (!voterId) return refuse("code_used");
  await clearWrongCodes(programmeId, identityHash, db);
  return { ok: true, cookie: voterCookie(context, voterId.id, voterId.district, key, now) };
}
