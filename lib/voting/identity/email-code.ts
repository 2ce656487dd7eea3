import "server-only";
import { randomInt } from "node:crypto";
import { hmacHex } from "@/lib/voting/identity/identity-hmac";

export { codesMatch } from "@/lib/voting/identity/identity-hmac";

// One-time codes sent by email to verify a voter. A code is 6 random digits,
// so a single guess succeeds with a chance of one in a million. The limits
// below keep the total number of guesses tiny: 5 wrong tries per code, then a
// lock-out that grows with every further failure. Failures are counted per
// voter, not per code, so asking for a fresh code does not reset them. A
// success resets them.

export const EMAIL_CODE_LENGTH = 6;
export const EMAIL_CODE_TTL_MS = 10 * 60 * 1000;
export const MAX_WRONG_TRIES = 5;

const MINUTE = 60 * 1000;
/** Lock-out after the 5th, 6th, 7th and 8th failure. The last step also applies to every failure after that. */
const LOCKOUT_STEPS_MS = [1 * MINUTE, 5 * MINUTE, 15 * MINUTE, 60 * MINUTE] as const;

/** Six digits from a CSPRNG. Leading zeros are kept, so every code has six characters. */
export function newEmailCode(): string {
  return randomInt(0, 10 ** EMAIL_CODE_LENGTH).toString().padStart(EMAIL_CODE_LENGTH, "0");
}

/**
 * The code as typed, made canonical: full-width digits are folded, and spaces
 * and dashes are removed ("123 456" and "123-456" are accepted). Returns null
 * when the result is not exactly six digits. Such input is refused without
 * counting as a wrong try.
 */
export function parseEmailCode(input: string): string | null {
  if (typeof input !== "string" || input.length > 64) return null;
  const code = input.normalize("NFKC").replace(/[\s-]/g, "");
  return /^\d{6}$/.test(code) ? code : null;
}

/**
 * What gets stored instead of the code. The stored row must be looked up by
 * programme and voter identity, never by this hash. With a million possible
 * codes, two voters' codes will sometimes be equal.
 */
export function hashCode(code: string, key: string | Buffer): string {
  if (!/^\d{6}$/.test(code)) throw new Error("hashCode needs a code from newEmailCode or parseEmailCode.");
  return hmacHex(key, `email-code\n${code}`);
}

/** How long a voter is locked out after `failures` consecutive wrong codes, in ms. It is 0 below MAX_WRONG_TRIES. */
export function lockoutAfter(failures: number): number {
  if (!Number.isInteger(failures) || failures < 0) throw new RangeError("failures must be a non-negative integer.");
  if (failures < MAX_WRONG_TRIES) return 0;
  return LOCKOUT_STEPS_MS[Math.min(failures - MAX_WRONG_TRIES, LOCKOUT_STEPS_MS.length - 1)];
}

export type CodeState = "valid" | "expired" | "used" | "locked";

export interface CodeStateInput {
  createdAt: Date;
  usedAt?: Date | null;
  /** Wrong tries against this code. */
  failures: number;
  /** The end of the voter's current lock-out, if any. */
  lockedUntil?: Date | null;
  now: Date;
}

/**
 * Whether a stored code may still be tried. When several states apply, the
 * first one below wins:
 * - used: a code works once, and only once.
 * - locked: the voter is locked out; every try is refused, right or wrong.
 * - expired: from exactly EMAIL_CODE_TTL_MS after it was created.
 * - locked: the code has used up its MAX_WRONG_TRIES and is dead for good. The
 *   voter asks for a new one once any lock-out is over.
 * A createdAt slightly in the future (clocks differ between instances) counts
 * as valid. The code still dies EMAIL_CODE_TTL_MS after createdAt.
 */
export function codeState({ createdAt, usedAt, failures, lockedUntil, now }: CodeStateInput): CodeState {
  // The negated comparisons fail closed. An invalid Date or a NaN count gives
  // NaN, which makes every comparison false, so it cannot yield "valid".
  if (usedAt) return "used";
  if (lockedUntil && !(now.getTime() >= lockedUntil.getTime())) return "locked";
  if (!(now.getTime() - createdAt.getTime() < EMAIL_CODE_TTL_MS)) return "expired";
  if (!(failures < MAX_WRONG_TRIES)) return "locked";
  return "valid";
}
