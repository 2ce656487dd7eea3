// Builders for the jury integration tests: a programme in its jury phase with
// two categories, criteria, jurors, an organiser and outsiders, and
// nominations that reached the jury (eligible, consent accepted).
import type { Db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { makeNomination, type NominationSeed } from "@/lib/moderation/moderation-fixtures";

export interface JuryWorld {
  programmeId: string;
  /** Scored by jurorA1, jurorA2 (and the whole-programme juror). */
  categoryA: string;
  /** Scored by jurorB. */
  categoryB: string;
  /** Category A's criteria: "Impact" (weight 2), "Commitment" (weight 1). */
  criteria: [string, string];
  jurorA1: SessionUser;
  jurorA2: SessionUser;
  jurorB: SessionUser;
  organiser: SessionUser;
  /** A juror of another programme. */
  outsider: SessionUser;
  otherProgrammeId: string;
}

export const DEADLINE = new Date("2026-06-30T21:59:00Z");
export const BEFORE = new Date("2026-06-01T10:00:00Z");
export const AFTER = new Date("2026-07-01T10:00:00Z");

export async function makeJuryWorld(db: Db, opts: { blind?: boolean; visibility?: "after_own" | "after_review"; deadline?: Date | null } = {}): Promise<JuryWorld> {
  const { programme, categories } = await makeProgramme(db, { phase: "jury_review", categories: ["Young volunteer", "Lifetime"] });
  await db.programme.update({
    where: { id: programme.id },
    data: { juryBlind: opts.blind ?? false, juryScoresVisibility: opts.visibility ?? "after_own" },
  });
  const deadline = opts.deadline === undefined ? DEADLINE : opts.deadline;
  await db.programmePhase.create({ data: { programmeId: programme.id, phase: "jury_review", startsAt: new Date("2026-05-01T00:00:00Z"), endsAt: deadline } });
  const [a, b] = categories.map((c) => c.id);
  const impact = await db.criterion.create({ data: { categoryId: a, name: "Impact", weight: 2, position: 0 } });
  const commitment = await db.criterion.create({ data: { categoryId: a, name: "Commitment", weight: 1, position: 1 } });
  await db.criterion.create({ data: { categoryId: b, name: "Years of service", weight: 1, position: 0 } });
  const other = await makeProgramme(db, { phase: "jury_review", categories: ["Elsewhere"] });

  const people = await Promise.all(
    ["Ada Juror", "Ben Juror", "Cem Juror", "Olivia Organiser", "Xavier Outsider"].map((name) => makeUser(db, { name })),
  );
  const [a1, a2, bj, org, out] = people;
  await makeMembership(db, { userId: a1.id, programmeId: programme.id, role: "juror", categoryId: a });
  await makeMembership(db, { userId: a2.id, programmeId: programme.id, role: "juror", categoryId: a });
  await makeMembership(db, { userId: bj.id, programmeId: programme.id, role: "juror", categoryId: b });
  await makeMembership(db, { userId: org.id, programmeId: programme.id, role: "organiser" });
  await makeMembership(db, { userId: out.id, programmeId: other.programme.id, role: "juror" });
  const load = async (id: string) => (await loadSessionUser({ db, userId: id }))!;
  return {
    programmeId: programme.id,
    categoryA: a,
    categoryB: b,
    criteria: [impact.id, commitment.id],
    jurorA1: await load(a1.id),
    jurorA2: await load(a2.id),
    jurorB: await load(bj.id),
    organiser: await load(org.id),
    outsider: await load(out.id),
    otherProgrammeId: other.programme.id,
  };
}

/** A nomination that reached the jury (unless the seed says otherwise). */
export function makeJuryNomination(db: Db, seed: NominationSeed) {
  return makeNomination(db, { status: "eligible", consent: { status: "accepted" }, ...seed });
}

/** A complete sheet for category A: Impact and Commitment. */
export function fullSheet(w: JuryWorld, impact: number, commitment: number, note = "") {
  return {
    scores: { [w.criteria[0]]: { value: impact, comment: `Impact ${impact}` }, [w.criteria[1]]: { value: commitment, comment: "" } },
    overallNote: note,
  };
}
