import "server-only";
import { hmacHex, codesMatch } from "@/lib/voting/identity/identity-hmac";

// After a voter proves who they are, the browser holds a signed cookie naming
// the Voter row, the programme and the district they declared. Casting reads
// only this cookie (no session table), which keeps a vote to one database
// write. The signature is an HMAC under LAUREL_HMAC_KEY; the cookie expires
// with the vote, at most a day after verification.

export const VOTER_SESSION_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface VoterSession {
  voterId: string;
  programmeId: string;
  /** The district or postcode the voter declared, if the programme asked. */
  district: string | null;
  expiresAt: Date;
}

/** One cookie per programme, so voting in two programmes never mixes them up. */
export function voterCookieName(programmeId: string): string {
  return `laurel-voter-${programmeId}`;
}

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64url");
const unb64 = (s: string) => Buffer.from(s, "base64url").toString("utf8");

export function signVoterSession(session: VoterSession, key: string | Buffer): string {
  const body = [b64(session.voterId), b64(session.programmeId), b64(session.district ?? ""), String(session.expiresAt.getTime())].join(".");
  return `${body}.${hmacHex(key, `voter-session\n${body}`)}`;
}

/** The session in a cookie value, or null when it is missing, altered, for another programme, or expired. */
export function readVoterSession(value: string | undefined | null, programmeId: string, key: string | Buffer, now = new Date()): VoterSession | null {
  if (!value || value.length > 1024) return null;
  const parts = value.split(".");
  if (parts.length !== 5) return null;
  const [voterB64, programmeB64, districtB64, expires, signature] = parts;
  const body = parts.slice(0, 4).join(".");
  if (!codesMatch(hmacHex(key, `voter-session\n${body}`), signature)) return null;
  const expiresAt = new Date(Number(expires));
  if (!(expiresAt.getTime() > now.getTime())) return null;
  const session = { voterId: unb64(voterB64), programmeId: unb64(programmeB64), district: unb64(districtB64) || null, expiresAt };
  return session.programmeId === programmeId && session.voterId ? session : null;
}
