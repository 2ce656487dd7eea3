import "server-only";
import { createHash, randomBytes } from "node:crypto";

// Sign-in link tokens are created by us (request-sign-in-link.ts) and redeemed
// by Auth.js's email callback, so both must hash them the same way: Auth.js
// stores sha256(token + secret) as hex, with the provider's `secret`.

export const EMAIL_PROVIDER_ID = "email";

export function newSignInToken(): string {
  return randomBytes(32).toString("hex");
}

export function hashSignInToken(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

/** The secret Auth.js signs sessions with; sign-in link hashes use it too. */
export function authSecret(env: Record<string, string | undefined> = process.env): string {
  const secret = env.AUTH_SECRET?.trim();
  if (!secret) throw new Error("AUTH_SECRET is not set: staff sign-in needs it (openssl rand -base64 32).");
  return secret;
}
