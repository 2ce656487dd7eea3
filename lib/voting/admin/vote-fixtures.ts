// A programme with a public vote, written straight to the database, for the
// organiser vote tests: two categories with three finalists each, an organiser,
// a juror, an admin, another programme's organiser, and helpers to cast
// ballots the way casting stores them.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { newReceiptCode, receiptHash } from "@/lib/voting/tally/receipt-code";

const tag = () => randomBytes(4).toString("hex");

/** A valid LAUREL_HMAC_KEY for the tests that hash identities and codes. */
export function ensureTestVoterKey() {
  process.env.LAUREL_HMAC_KEY ??= "test-only-voter-key-0123456789abcdefghijklmnop";
}

export interface VoteWorld {
  programme: { id: string; slug: string };
  categories: { id: string; finalistIds: [string, string, string] }[];
  organiser: SessionUser;
  juror: SessionUser;
  admin: SessionUser;
  outsider: SessionUser;
}

export async function makeVoteWorld(db: Db, { phase = "public_vote" }: { phase?: string } = {}): Promise<VoteWorld> {
  const { programme, categories } = await makeProgramme(db, { phase, categories: ["Young engagement", "Neighbourhood"] });
  await db.programme.update({ where: { id: programme.id }, data: { decisionMode: "jury_then_public" } });
  const other = await makeProgramme(db, { categories: ["Elsewhere"] });
  const withFinalists = [];
  for (const category of categories) {
    const finalistIds: string[] = [];
    for (const [position, name] of ["Anna", "Ben", "Cem"].entries()) {
      const nomination = await db.nomination.create({
        data: { programmeId: programme.id, categoryId: category.id, kind: "nomination", status: "eligible", nomineeName: `${name} Private-${tag()}`, nomineeEmail: `nominee-${tag()}@private.example`, story: "Helps out." },
      });
      const finalist = await db.finalist.create({ data: { categoryId: category.id, nominationId: nomination.id, position, publicName: `${name} ${category.name}` } });
      finalistIds.push(finalist.id);
    }
    withFinalists.push({ id: category.id, finalistIds: finalistIds as [string, string, string] });
  }
  const [o, j, a, x] = await Promise.all([
    makeUser(db, { name: "Olivia Organiser" }),
    makeUser(db, { name: "Jonas Juror" }),
    makeUser(db, { name: "Ada Admin", isAdmin: true }),
    makeUser(db, { name: "Xaver Outsider" }),
  ]);
  await makeMembership(db, { userId: o.id, programmeId: programme.id, role: "organiser" });
  await makeMembership(db, { userId: j.id, programmeId: programme.id, role: "juror", isChair: true });
  await makeMembership(db, { userId: x.id, programmeId: other.programme.id, role: "organiser" });
  const load = async (id: string) => (await loadSessionUser({ db, userId: id }))!;
  return {
    programme: { id: programme.id, slug: programme.slug },
    categories: withFinalists,
    organiser: await load(o.id),
    juror: await load(j.id),
    admin: await load(a.id),
    outsider: await load(x.id),
  };
}

export interface BallotSeed {
  categoryId: string;
  finalistId: string;
  castAt: Date;
  networkPrefix?: string | null;
  emailDomain?: string | null;
  userAgentHash?: string | null;
}

/** One new voter per ballot, as casting would store them; returns the receipt codes in order. */
export async function castBallots(db: Db, programmeId: string, seeds: readonly BallotSeed[]): Promise<string[]> {
  const receipts: string[] = [];
  for (const seed of seeds) {
    const voter = await db.voter.create({
      data: { programmeId, identityHash: randomBytes(32).toString("hex"), method: "email_code", emailDomain: seed.emailDomain ?? "example.org", verifiedAt: seed.castAt },
    });
    const code = newReceiptCode();
    await db.ballot.create({
      data: {
        programmeId,
        categoryId: seed.categoryId,
        voterId: voter.id,
        finalistId: seed.finalistId,
        receiptHash: receiptHash(code, seed.categoryId),
        castAt: seed.castAt,
        networkPrefix: seed.networkPrefix ?? `10.${receipts.length % 250}.${Math.floor(receipts.length / 250)}.0/24`,
        userAgentHash: seed.userAgentHash ?? `ua-${receipts.length % 40}`,
      },
    });
    receipts.push(code);
  }
  return receipts;
}
