import "server-only";
import { hmacHex } from "@/lib/voting/identity/identity-hmac";
import { parseVotingCode } from "@/lib/voting/identity/voting-code";

/**
 * What gets stored for a printed voting code. The hash is keyed, so a leaked
 * table gives nobody a working code. It is the HMAC of the canonical form, so
 * any way of typing the same code gives the same hash. It throws when the
 * input is not a valid code (parse it first and refuse null).
 */
export function hashVotingCode(code: string, key: string | Buffer): string {
  const canonical = parseVotingCode(code);
  if (!canonical) throw new Error("hashVotingCode needs a valid voting code.");
  return hmacHex(key, `voting-code\n${canonical}`);
}
