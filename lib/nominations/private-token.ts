import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

// Private links (manage a submission, answer as nominee, confirm as guardian,
// attach an upload) carry a 256-bit random token. Only its sha256 is stored, so
// a database leak gives nobody a working link. Rows are looked up by the hash
// (a unique index, which reveals nothing about near misses) and the hash is
// compared once more in constant time before anything is shown.

const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface PrivateToken {
  /** Goes into the link and nowhere else. */
  token: string;
  /** Goes into the database. */
  hash: string;
}

export function newPrivateToken(): PrivateToken {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashPrivateToken(token) };
}

export function hashPrivateToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check before touching the database: altered or truncated links stop here. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && TOKEN_PATTERN.test(token);
}

export function hashesMatch(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Whether `token` belongs to the stored hash; false for anything malformed. */
export function tokenMatches(token: unknown, storedHash: string | null | undefined): boolean {
  if (!storedHash || !isWellFormedToken(token)) return false;
  return hashesMatch(hashPrivateToken(token), storedHash);
}
