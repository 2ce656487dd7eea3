// Who may cast which ballot: the one table of refusals, checked in this order
// before anything is written. Pure, so it is tested case by case; the insert
// in cast-vote.ts re-checks what could change between instances.
import type { SessionUser } from "@/lib/auth/session-user";
import type { VoteContext } from "@/lib/voting/context/vote-context";
import type { VoterSession } from "@/lib/voting/session/voter-session";

export type BallotRefusal = "not_open" | "closed" | "not_verified" | "staff" | "not_finalist" | "too_many" | "wrong_area";

export interface BallotRequest {
  context: VoteContext;
  session: VoterSession | null;
  categoryId: string;
  finalistIds: readonly string[];
  /** The signed-in staff member sending the request, if any. */
  staff: Pick<SessionUser, "isAdmin" | "memberships"> | null;
}

/** Districts are compared without case, accents of width, or extra spaces. */
export function sameArea(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("de");
  return norm(a) === norm(b);
}

export function isStaffOf(staff: BallotRequest["staff"], programmeId: string): boolean {
  return !!staff && (staff.isAdmin || staff.memberships.some((m) => m.programmeId === programmeId));
}

export function ballotRefusal({ context, session, categoryId, finalistIds, staff }: BallotRequest): BallotRefusal | null {
  if (context.status === "not_yet") return "not_open";
  if (context.status === "closed") return "closed";
  if (!session || session.programmeId !== context.programme.id) return "not_verified";
  if (!context.programme.staffMayVote && isStaffOf(staff, context.programme.id)) return "staff";
  const category = context.categories.find((c) => c.id === categoryId);
  if (!category || finalistIds.length === 0) return "not_finalist";
  const finalists = new Set(category.finalists.map((f) => f.id));
  if (!finalistIds.every((id) => finalists.has(id))) return "not_finalist";
  if (new Set(finalistIds).size !== finalistIds.length || finalistIds.length > context.programme.votesPerCategory) return "too_many";
  if (category.voteAreas && !(session.district && category.voteAreas.some((area) => sameArea(area, session.district!)))) return "wrong_area";
  return null;
}
