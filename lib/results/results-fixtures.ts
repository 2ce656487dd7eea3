// Builders for the results review tests: a programme after its vote with two
// categories. "Young engagement" has three finalists the jury and the public
// disagree on (jury 9/7/5, votes 1/4/3); "Neighbourhood" has two finalists
// tied on everything, so only a draw separates them. Plus every role.
import type { Db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";
import { makeJuryNomination, makeSheet } from "@/lib/shortlist/shortlist-fixtures";
import { castBallots } from "@/lib/voting/admin/vote-fixtures";

export interface ResultsWorld {
  programmeId: string;
  young: { id: string; amira: string; bilal: string; chiara: string };
  hood: { id: string; dana: string; emil: string };
  organiser: SessionUser;
  juror: SessionUser;
  chair: SessionUser;
  admin: SessionUser;
  /** An organiser of another programme. */
  outsider: SessionUser;
}

const CAST_AT = new Date("2026-06-05T12:00:00Z");

async function finalist(db: Db, programmeId: string, categoryId: string, position: number, name: string) {
  const n = await makeJuryNomination(db, { programmeId, categoryId, nomineeName: `${name} Private` });
  const f = await db.finalist.create({ data: { categoryId, nominationId: n.id, position, publicName: name } });
  return { finalistId: f.id, nominationId: n.id };
}

export async function makeResultsWorld(
  db: Db,
  { phase = "results_review", decisionMode = "combined", juryWeight = 60, publicWeight = 40 }: { phase?: string; decisionMode?: string; juryWeight?: number; publicWeight?: number } = {},
): Promise<ResultsWorld> {
  const { programme, categories } = await makeProgramme(db, { categories: ["Young engagement", "Neighbourhood"], phase });
  await db.programme.update({ where: { id: programme.id }, data: { decisionMode, juryWeight, publicWeight } });
  const [a, b] = categories;
  const other = await makeProgramme(db, { categories: ["Elsewhere"], phase });
  const [o, j, ch, ad, x] = await Promise.all([
    makeUser(db, { name: "Olivia Organiser" }),
    makeUser(db, { name: "Jonas Juror" }),
    makeUser(db, { name: "Carla Chair" }),
    makeUser(db, { name: "Ada Admin", isAdmin: true }),
    makeUser(db, { name: "Xaver Outsider" }),
  ]);
  await makeMembership(db, { userId: o.id, programmeId: programme.id, role: "organiser" });
  await makeMembership(db, { userId: j.id, programmeId: programme.id, role: "juror" });
  await makeMembership(db, { userId: ch.id, programmeId: programme.id, role: "juror", isChair: true });
  await makeMembership(db, { userId: x.id, programmeId: other.programme.id, role: "organiser" });

  const ca = await db.criterion.create({ data: { categoryId: a.id, position: 0, name: "Impact", weight: 1 } });
  const cb = await db.criterion.create({ data: { categoryId: b.id, position: 0, name: "Reach", weight: 1 } });
  const amira = await finalist(db, programme.id, a.id, 0, "Amira");
  const bilal = await finalist(db, programme.id, a.id, 1, "Bilal");
  const chiara = await finalist(db, programme.id, a.id, 2, "Chiara");
  const dana = await finalist(db, programme.id, b.id, 0, "Dana");
  const emil = await finalist(db, programme.id, b.id, 1, "Emil");
  for (const [f, criterionId, value] of [[amira, ca.id, 9], [bilal, ca.id, 7], [chiara, ca.id, 5], [dana, cb.id, 6], [emil, cb.id, 6]] as const) {
    await makeSheet(db, { jurorId: j.id, nominationId: f.nominationId, values: { [criterionId]: value } });
  }
  for (const c of categories) await db.category.update({ where: { id: c.id }, data: { shortlistLockedAt: new Date("2026-05-20T10:00:00Z") } });
  const votes = [
    ...[amira, bilal, bilal, bilal, bilal, chiara, chiara, chiara].map((f) => ({ categoryId: a.id, finalistId: f.finalistId, castAt: CAST_AT })),
    ...[dana, dana, emil, emil].map((f) => ({ categoryId: b.id, finalistId: f.finalistId, castAt: CAST_AT })),
  ];
  await castBallots(db, programme.id, votes);

  const load = async (id: string) => (await loadSessionUser({ db, userId: id }))!;
  return {
    programmeId: programme.id,
    young: { id: a.id, amira: amira.finalistId, bilal: bilal.finalistId, chiara: chiara.finalistId },
    hood: { id: b.id, dana: dana.finalistId, emil: emil.finalistId },
    organiser: await load(o.id),
    juror: await load(j.id),
    chair: await load(ch.id),
    admin: await load(ad.id),
    outsider: await load(x.id),
  };
}
