// Builders for the public-vote integration tests: a programme in its public
// vote with two categories of finalists (category B limited to two
// districts), its organiser and a juror, a second programme in its vote, and
// verified voters with their signed cookies.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { makeJuryNomination } from "@/lib/shortlist/shortlist-fixtures";
import { hmacHex } from "@/lib/voting/identity/identity-hmac";
import { signVoterSession, voterCookieName } from "@/lib/voting/session/voter-session";

export const TEST_HMAC_KEY = "test-hmac-key-for-laurel-integration-tests-only";
process.env.LAUREL_HMAC_KEY ??= TEST_HMAC_KEY;

/** The vote window of every test world: open on 1 June 2026, closes 15 June 2026. */
export const VOTE_OPENS = new Date("2026-06-01T08:00:00Z");
export const VOTE_CLOSES = new Date("2026-06-15T20:00:00Z");
export const DURING = new Date("2026-06-05T12:00:00Z");

export interface VoteWorld {
  programmeId: string;
  slug: string;
  categoryA: string;
  categoryB: string;
  /** Three finalists in A, two in B. */
  finalistsA: [string, string, string];
  finalistsB: [string, string];
  organiser: SessionUser;
  juror: SessionUser;
  other: { programmeId: string; slug: string; categoryId: string; finalistId: string };
}

async function finalist(db: Db, programmeId: string, categoryId: string, position: number, name: string) {
  const n = await makeJuryNomination(db, { programmeId, categoryId, nomineeName: name });
  return (await db.finalist.create({ data: { categoryId, nominationId: n.id, position, publicName: name.split(" ")[0], notifiedAt: new Date("2026-05-20T10:00:00Z") } })).id;
}

async function votingProgramme(db: Db, categories: string[]) {
  const { programme, categories: made } = await makeProgramme(db, { categories, phase: "public_vote" });
  await db.programme.update({ where: { id: programme.id }, data: { decisionMode: "jury_then_public" } });
  await db.programmePhase.create({ data: { programmeId: programme.id, phase: "public_vote", startsAt: VOTE_OPENS, endsAt: VOTE_CLOSES } });
  for (const c of made) await db.category.update({ where: { id: c.id }, data: { shortlistLockedAt: new Date("2026-05-20T10:00:00Z") } });
  return { programme, categories: made };
}

export async function makeVoteWorld(db: Db, settings: { votesPerCategory?: number; voteChangeAllowed?: boolean; staffMayVote?: boolean; voteVerification?: string } = {}): Promise<VoteWorld> {
  const { programme, categories } = await votingProgramme(db, ["Young engagement", "Neighbourhood"]);
  await db.programme.update({ where: { id: programme.id }, data: settings });
  const [a, b] = categories;
  await db.category.update({ where: { id: b.id }, data: { voteAreas: ["Gostenhof", "Südstadt"] } });
  const finalistsA = [await finalist(db, programme.id, a.id, 0, "Amira A"), await finalist(db, programme.id, a.id, 1, "Bilal B"), await finalist(db, programme.id, a.id, 2, "Chiara C")] as [string, string, string];
  const finalistsB = [await finalist(db, programme.id, b.id, 0, "Dana D"), await finalist(db, programme.id, b.id, 1, "Emil E")] as [string, string];
  const other = await votingProgramme(db, ["Elsewhere"]);
  const otherFinalist = await finalist(db, other.programme.id, other.categories[0].id, 0, "Olga O");
  const [o, j] = await Promise.all([makeUser(db, { name: "Olivia Organiser" }), makeUser(db, { name: "Jonas Juror" })]);
  await makeMembership(db, { userId: o.id, programmeId: programme.id, role: "organiser" });
  await makeMembership(db, { userId: j.id, programmeId: programme.id, role: "juror", categoryId: a.id });
  return {
    programmeId: programme.id,
    slug: programme.slug,
    categoryA: a.id,
    categoryB: b.id,
    finalistsA,
    finalistsB,
    organiser: (await loadSessionUser({ db, userId: o.id }))!,
    juror: (await loadSessionUser({ db, userId: j.id }))!,
    other: { programmeId: other.programme.id, slug: other.programme.slug, categoryId: other.categories[0].id, finalistId: otherFinalist },
  };
}

/** A verified voter of a programme and the value of their voter cookie. */
export async function makeVoter(db: Db, programmeId: string, { district = null, now = DURING }: { district?: string | null; now?: Date } = {}) {
  const voter = await db.voter.create({
    data: { programmeId, identityHash: hmacHex(TEST_HMAC_KEY, `test-voter\n${randomBytes(8).toString("hex")}`), method: "email_code", district, emailDomain: "example.org", verifiedAt: now },
  });
  const cookieValue = signVoterSession({ voterId: voter.id, programmeId, district, expiresAt: new Date(now.getTime() + 24 * 3600_000) }, process.env.LAUREL_HMAC_KEY!);
  return { voterId: voter.id, cookieValue, cookieName: voterCookieName(programmeId) };
}
