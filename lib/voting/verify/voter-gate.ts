import "server-only";
import { db as defaultDb, type Db } from "@/lib/db";
import type { VoteContext } from "@/lib/voting/context/vote-context";
import { sameArea } from "@/lib/voting/cast/ballot-rules";
import { voterIdentityHash } from "@/lib/voting/identity/voter-identity";
import { normaliseVoterEmail } from "@/lib/voting/identity/normalise-voter-email";
import { signVoterSession, voterCookieName, VOTER_SESSION_MAX_AGE_MS } from "@/lib/voting/session/voter-session";
import type { VoterCookie } from "@/lib/voting/verify/verify-result";

// Checks shared by the verification steps.

/** The declared district as the category lists it, "" for "somewhere else", or null when it is not an area of this vote. */
export function declaredArea(context: VoteContext, district: string | undefined): string | null {
  const typed = district?.trim() ?? "";
  if (!typed) return "";
  return context.areas.find((area) => sameArea(area, typed)) ?? null;
}

/**
 * Whether this identity belongs to an organiser, juror or admin who may not
 * vote here. Staff are few, so their addresses are hashed the same way as the
 * voter's and compared; any spelling of a staff address is caught.
 */
export async function isStaffIdentity(context: VoteContext, identityHash: string, key: string, db: Db = defaultDb): Promise<boolean> {
  if (context.programme.staffMayVote) return false;
  const staff = await db.user.findMany({
    where: { OR: [{ isAdmin: true }, { memberships: { some: { programmeId: context.programme.id } } }] },
    select: { email: true },
  });
  return staff.some((u) => {
    const normalised = normaliseVoterEmail(u.email);
    return normalised !== null && voterIdentityHash(normalised, key, context.programme.id) === identityHash;
  });
}

/** The signed cookie for a verified voter; it ends with the vote, at the latest a day from now. */
export function voterCookie(context: VoteContext, voterId: string, district: string | null, key: string, now: Date): VoterCookie {
  const dayLater = now.getTime() + VOTER_SESSION_MAX_AGE_MS;
  const expires = new Date(context.programme.closesAt ? Math.min(dayLater, context.programme.closesAt.getTime()) : dayLater);
  return {
    name: voterCookieName(context.programme.id),
    value: signVoterSession({ voterId, programmeId: context.programme.id, district, expiresAt: expires }, key),
    expires,
  };
}
