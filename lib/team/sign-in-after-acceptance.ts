import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { authSettings } from "@/lib/auth/auth-settings";
import { authSecret, EMAIL_PROVIDER_ID, hashSignInToken, newSignInToken } from "@/lib/auth/sign-in-link-token";

/**
 * Accepting an invitation signs the person in through the same door as an
 * emailed sign-in link: a one-time token Auth.js redeems at its email callback,
 * which creates the StaffSession and sets the cookie. So there is one way a
 * staff session starts, and no session code here. The person already proved
 * they hold the emailed invitation link, so the token is handed straight to
 * their browser instead of being mailed.
 */
export async function createSignInPath(
  tx: Tx,
  { email, callbackUrl, now, env = process.env }: { email: string; callbackUrl: string; now: Date; env?: Record<string, string | undefined> },
): Promise<string> {
  const token = newSignInToken();
  const expires = new Date(now.getTime() + authSettings(env).emailLinkMaxAgeSeconds * 1000);
  await tx.verificationToken.deleteMany({ where: { OR: [{ identifier: email }, { expires: { lt: now } }] } });
  await tx.verificationToken.create({ data: { identifier: email, token: hashSignInToken(token, authSecret(env)), expires } });
  return `/api/auth/callback/${EMAIL_PROVIDER_ID}?${new URLSearchParams({ token, email, callbackUrl })}`;
}
