import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import { authSecret, hashSignInToken, newSignInToken } from "@/lib/auth/sign-in-link-token";
import { authSettings } from "@/lib/auth/auth-settings";
import { SIGN_IN_LINK_PER_EMAIL, SIGN_IN_LINK_PER_IP, signInLinkEmailKey, signInLinkIpKey } from "@/lib/auth/sign-in-limits";
import { mailTranslator } from "@/lib/mail/mail-translator";
import { sendEmail, type OutgoingEmail } from "@/lib/mail/send-email";
import { signInLinkEmail } from "@/lib/mail/templates/sign-in-link-email";
import { hitRateLimit } from "@/lib/rate-limit/hit-rate-limit";
import { normalizeEmail } from "@/lib/validation/auth";

// "Email me a sign-in link". Links go only to existing, enabled staff accounts
// (there is no sign-up by link), yet every address gets the same answer, so the
// form cannot be used to find out who has an account. The token is created
// here rather than by Auth.js's own /signin/email endpoint so that this answer,
// the rate limits and the 15-minute lifetime are all in one place.

export type SignInLinkResult = { status: "sent" } | { status: "rate_limited"; retryAfterMs: number };

export async function requestSignInLink({
  db = defaultDb,
  email,
  callbackUrl,
  ip,
  locale,
  now = new Date(),
  env = process.env,
  deliver = (mail) => sendEmail(mail, { db, env }).then(() => undefined),
}: {
  db?: Db;
  email: string;
  callbackUrl?: string;
  ip: string;
  /** The language the person used on the form. */
  locale: string;
  now?: Date;
  env?: Record<string, string | undefined>;
  /** Sends the email; the action hands it to after() so mail timing reveals nothing. */
  deliver?: (mail: OutgoingEmail) => Promise<void>;
}): Promise<SignInLinkResult> {
  const perIp = await hitRateLimit({ key: signInLinkIpKey(ip), ...SIGN_IN_LINK_PER_IP, now, db });
  if (!perIp.allowed) return { status: "rate_limited", retryAfterMs: perIp.retryAfterMs };

  const address = normalizeEmail(email);
  // Counted for every address, known or not; over the limit we quietly send nothing.
  const perEmail = await hitRateLimit({ key: signInLinkEmailKey(address), ...SIGN_IN_LINK_PER_EMAIL, now, db });
  if (!perEmail.allowed) return { status: "sent" };

  const user = await db.user.findUnique({ where: { email: address }, select: { email: true, disabledAt: true } });
  if (!user || user.disabledAt) return { status: "sent" };

  const settings = authSettings(env);
  const token = newSignInToken();
  const expires = new Date(now.getTime() + settings.emailLinkMaxAgeSeconds * 1000);
  await db.$transaction([
    // A new link replaces older ones, and expired tokens of anyone are cleared on the way.
    db.verificationToken.deleteMany({ where: { OR: [{ identifier: user.email }, { expires: { lt: now } }] } }),
    db.verificationToken.create({ data: { identifier: user.email, token: hashSignInToken(token, authSecret(env)), expires } }),
  ]);

  const params = new URLSearchParams({ token, email: user.email });
  if (callbackUrl) params.set("callbackUrl", callbackUrl);
  const url = `${settings.publicUrl}/sign-in/link?${params}`;
  const { t, locale: mailLocale } = await mailTranslator(locale);
  const mail = signInLinkEmail({ t, locale: mailLocale, url, minutes: Math.round(settings.emailLinkMaxAgeSeconds / 60) });
  await deliver({ to: user.email, ...mail, kind: "sign_in_link", redact: [url, token] });
  return { status: "sent" };
}
