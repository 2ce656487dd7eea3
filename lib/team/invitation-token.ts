// Invitation tokens: 32 random bytes (base64url) go into the emailed link; only
// their sha256 is stored, so the database or a backup never holds a usable link.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export function newInvitationToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Constant-time check that `token` hashes to `storedHash`. */
export function invitationTokenMatches(token: string, storedHash: string): boolean {
  const candidate = Buffer.from(hashInvitationToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return candidate.length === stored.length && timingSafeEqual(candidate, stored);
}

const DEFAULT_DAYS = 7;

/** How long an invitation link works: INVITATION_DAYS (a positive whole number of days), else 7. */
export function invitationValidDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.INVITATION_DAYS?.trim();
  if (!raw) return DEFAULT_DAYS;
  const days = Number(raw);
  if (Number.isInteger(days) && days > 0 && days <= 90) return days;
  console.warn(`[team] INVITATION_DAYS="${raw}" is not a whole number of days between 1 and 90; using ${DEFAULT_DAYS}.`);
  return DEFAULT_DAYS;
}

export function invitationExpiry(now: Date, env?: Record<string, string | undefined>): Date {
  return new Date(now.getTime() + invitationValidDays(env) * 24 * 60 * 60 * 1000);
}
