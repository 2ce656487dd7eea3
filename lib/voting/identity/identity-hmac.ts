import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";

// Every hash in voter identity is an HMAC under LAUREL_HMAC_KEY. Without the
// key, a leaked table cannot be checked against a list of addresses or against
// the million possible email codes. Each kind of value has its own message
// shape (identities contain an "@", codes start with a purpose prefix), so a
// hash made for one use can never match a hash made for another.

export function hmacHex(key: string | Buffer, message: string): string {
  if (key.length === 0) throw new Error("An HMAC key must not be empty.");
  return createHmac("sha256", key).update(message, "utf8").digest("hex");
}

/** Constant-time string equality. Only the lengths can leak, and a hash's length is public. */
export function codesMatch(a: string, b: string): boolean {
  const x = Buffer.from(a, "utf8");
  const y = Buffer.from(b, "utf8");
  return x.length === y.length && timingSafeEqual(x, y);
}
