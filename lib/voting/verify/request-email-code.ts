import "server-only";
import { z } from "zod";
import { isDisposableEmail } from "@/lib/abuse/disposable-email";
import { db as defaultDb, type Db } from "@/lib/db";
import { mailTranslator } from "@/lib/mail/mail-translator";
import { sendEmail } from "@/lib/mail/send-email";
import { voteCodeEmail } from "@/lib/mail/templates/vote-code-email";
import { ipRateLimitSubject } from "@/lib/rate-limit/client-ip";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { loadVoteContext } from "@/lib/voting/context/vote-context";
import { EMAIL_CODE_TTL_MS, hashCode, newEmailCode } from "@/lib/voting/identity/email-code";
import { normaliseVoterEmail } from "@/lib/voting/identity/normalise-voter-email";
import { voterIdentityHash, voterKey } from "@/lib/voting/identity/voter-identity";
import { identityLockedUntil } from "@/lib/voting/verify/identity-lock";
import { ipLimit, MIN_FORM_MS, VERIFY_LIMITS } from "@/lib/voting/verify/verify-limits";
import { refuse, type VerifyResult } from "@/lib/voting/verify/verify-result";
import { declaredArea, isStaffIdentity } from "@/lib/voting/verify/voter-gate";

const ZMailAddress = z.email().max(254);

export const ZEmailCodeRequest = z.object({
  email: z.string().max(320),
  district: z.string().max(100).optional(),
  /** A field people never see; software that fills every field fills it. */
  website: z.string().max(500).optional(),
  /** When the form was shown (ms since the epoch, from the page); the timing check needs it. */
  startedAt: z.number().int().nonnegative(),
});

export interface RequestEmailCodeOptions {
  slug: string;
  input: unknown;
  ip: string;
  locale: string;
  now?: Date;
  db?: Db;
}

/**
 * Step one of proving who a voter is: a six-digit code to their address. The
 * address is used to send that email and to make the voter's identity hash;
 * it is not stored anywhere else. A filled honeypot is answered like a success
 * and sends nothing, so a bot learns nothing.
 */
export async function requestEmailCode({ slug, input, ip, locale, now = new Date(), db = defaultDb }: RequestEmailCodeOptions): Promise<VerifyResult<object>> {
  const parsed = ZEmailCodeRequest.safeParse(input);
  if (!parsed.success) return refuse("invalid_input");
  const { email, district, website, startedAt } = parsed.data;
  const context = await loadVoteContext(slug, { now });
  if (!context) return refuse("unknown_programme");
  if (context.status !== "open") return refuse(context.status === "closed" ? "closed" : "not_open");
  if (website?.trim()) return { ok: true };
  if (now.getTime() - startedAt < MIN_FORM_MS) return refuse("too_fast");

  const normalised = normaliseVoterEmail(email);
  // The code goes to the address as typed, so it must also be one the mailer accepts (no 500 after writing).
  if (!normalised || !ZMailAddress.safeParse(email.trim()).success) return refuse("invalid_email");
  if (isDisposableEmail(normalised)) return refuse("disposable_email");
  if (declaredArea(context, district) === null) return refuse("unknown_area");

  const programmeId = context.programme.id;
  const byIp = await hitRateLimit({ db, key: `vote-code:ip:${programmeId}:${ipRateLimitSubject(ip)}`, ...ipLimit("codeRequestPerIp", ip), now });
  if (!byIp.allowed) return refuse("rate_limited", { retryAfterMs: byIp.retryAfterMs });
  const key = voterKey();
  const identityHash = voterIdentityHash(normalised, key, programmeId);
  const byIdentity = await hitRateLimit({ db, key: `vote-code:id:${programmeId}:${identityHash}`, ...VERIFY_LIMITS.codeRequestPerIdentity, now });
  if (!byIdentity.allowed) return refuse("rate_limited", { retryAfterMs: byIdentity.retryAfterMs });

  const { lockedUntil } = await identityLockedUntil(programmeId, identityHash, db);
  if (lockedUntil && lockedUntil > now) return refuse("locked", { retryAfterMs: lockedUntil.getTime() - now.getTime() });
  if (context.programme.voteVerification === "allow_list") {
    const listed = await db.voteAllowListEntry.count({ where: { programmeId, identityHash } });
    if (listed === 0) return refuse("not_on_list");
  }
  if (await isStaffIdentity(context, identityHash, key, db)) return refuse("staff");

  const code = newEmailCode();
  await db.voteEmailCode.create({ data: { programmeId, identityHash, codeHash: hashCode(code, key), createdAt: now } });
  const { t, locale: mailLocale } = await mailTranslator(locale);
  const programme = `${context.programme.name} ${context.programme.edition}`.trim();
  const mail = voteCodeEmail({ t, locale: mailLocale, code, programme, minutes: EMAIL_CODE_TTL_MS / 60_000 });
  // The raw address goes only into the email; retention clears vote-code mail from the outbox.
  await sendEmail({ to: email.trim(), ...mail, kind: "vote_code", redact: [code] }, { db });
  return { ok: true };
}
