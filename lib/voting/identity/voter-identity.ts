import "server-only";
import { ConfigError } from "@/lib/config/config-error";
import { validateSecret } from "@/lib/config/secrets";
import { hmacHex } from "@/lib/voting/identity/identity-hmac";
import { normaliseVoterEmail } from "@/lib/voting/identity/normalise-voter-email";

// A voter is known by an HMAC of their canonical email, never by the address.
// Once the address is verified it can be deleted on schedule, and the hash
// still refuses a second vote. The programme is part of the message, so one
// person's identities in two programmes cannot be linked, even by someone who
// holds both tables. Changing LAUREL_HMAC_KEY changes every identity, so a
// vote that is open would accept everyone a second time: never rotate it then.

/** The key for voter identities and code hashes, from LAUREL_HMAC_KEY. */
export function voterKey(env: Record<string, string | undefined> = process.env): string {
  const key = env.LAUREL_HMAC_KEY;
  if (!key) throw new ConfigError("LAUREL_HMAC_KEY is not set: voter identities need it (generate one with: openssl rand -base64 32).");
  const problem = validateSecret("LAUREL_HMAC_KEY", key);
  if (problem) throw new ConfigError(problem);
  return key;
}

/**
 * Hex HMAC-SHA256 of `programmeId + "\n" + normalisedEmail`. It throws when the
 * email is not already canonical (a raw address would give a second identity)
 * and when the programme id is empty or contains a newline (that would make
 * the message ambiguous).
 */
export function voterIdentityHash(normalisedEmail: string, key: string | Buffer, programmeId: string): string {
  if (normaliseVoterEmail(normalisedEmail) !== normalisedEmail) throw new Error("voterIdentityHash needs an email from normaliseVoterEmail.");
  if (!programmeId || programmeId.includes("\n")) throw new Error("voterIdentityHash needs a programme id without newlines.");
  return hmacHex(key, `${programmeId}\n${normalisedEmail}`);
}
