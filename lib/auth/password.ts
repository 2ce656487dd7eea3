// Password hashing with scrypt (memory-hard, built into Node). The stored
// string carries its own parameters ("scrypt$N$r$p$salt$hash", base64 salt and
// hash) so the cost can be raised later: old hashes still verify and are
// re-hashed on the next successful sign-in (see needsRehash).
// No "server-only" here: the seed script hashes demo passwords with it.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { MAX_PASSWORD_LENGTH } from "@/lib/validation/auth";

export { MAX_PASSWORD_LENGTH };

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** 2^15 × 8 × 128 bytes = 32 MiB per hash: OWASP's minimum for scrypt. */
export const CURRENT_PARAMS: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

const SALT_BYTES = 16;
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, params: ScryptParams, keyLength: number): Promise<Buffer> {
  // Node's default maxmem (32 MiB) is exactly what N=2^15,r=8 needs, and scrypt
  // needs a little more: allow twice the working set.
  const options: ScryptOptions = { N: params.N, r: params.r, p: params.p, maxmem: 256 * params.N * params.r * params.p };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string, params: ScryptParams = CURRENT_PARAMS): Promise<string> {
  if (password.length > MAX_PASSWORD_LENGTH) throw new Error("Password too long");
  const salt = randomBytes(SALT_BYTES);
  const key = await derive(password, salt, params, KEY_BYTES);
  return ["scrypt", params.N, params.r, params.p, salt.toString("base64"), key.toString("base64")].join("$");
}

interface ParsedHash extends ScryptParams {
  salt: Buffer;
  key: Buffer;
}

export function parsePasswordHash(encoded: string): ParsedHash | null {
  const parts = encoded.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4], "base64");
  const key = Buffer.from(parts[5], "base64");
  const sane = [N, r, p].every((n) => Number.isInteger(n) && n > 0) && (N & (N - 1)) === 0 && N > 1;
  if (!sane || salt.length === 0 || key.length === 0) return null;
  return { N, r, p, salt, key };
}

/** True when `password` matches `encoded`. Constant-time compare; a malformed hash never matches. */
export async function verifyPassword(password: string, encoded: string | null | undefined): Promise<boolean> {
  if (!encoded || password.length > MAX_PASSWORD_LENGTH) return false;
  const parsed = parsePasswordHash(encoded);
  if (!parsed) return false;
  const candidate = await derive(password, parsed.salt, parsed, parsed.key.length);
  return timingSafeEqual(candidate, parsed.key);
}

/** True when the hash was made with weaker parameters than today's. */
export function needsRehash(encoded: string, params: ScryptParams = CURRENT_PARAMS): boolean {
  const parsed = parsePasswordHash(encoded);
  if (!parsed) return true;
  return parsed.N < params.N || parsed.r < params.r || parsed.p < params.p || parsed.key.length < KEY_BYTES;
}

// A fixed, valid hash to verify against when the email is unknown, so an
// unknown address costs the same time as a wrong password.
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

/** Spends one verification's worth of time and returns false. */
export async function burnPasswordCheck(password: string): Promise<false> {
  await verifyPassword(password.slice(0, MAX_PASSWORD_LENGTH), DUMMY_HASH);
  return false;
}
