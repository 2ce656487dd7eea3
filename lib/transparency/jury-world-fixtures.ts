// A jury at work, written straight to the database, for the transparency,
// conflicts, settings and export integration tests: a programme with two
// categories, its organiser, three jurors (one chairs, one is a previous
// winner) in the first category, a chair of the second, an organiser of
// another programme, nominations with contact data and a formula-like title,
// submitted sheets and one declared conflict with a private note.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { makeProgramme, makeUser } from "@/lib/auth/test-fixtures";

const tag = () => randomBytes(4).toString("hex");

export const CONFLICT_NOTE = "Coached her football team for years";
export const FORMULA_TITLE = '=HYPERLINK("http://evil.example","click")';

export interface JuryWorld {
  programme: { id: string; slug: string };
  categoryIds: [string, string];
  criteria: { impactId: string; reachId: string };
  organiser: SessionUser;
  jurors: { ada: SessionUser; ben: SessionUser; chris: SessionUser };
  /** Chairs the second category only. */
  otherChair: SessionUser;
  /** Organiser of another programme. */
  outsider: SessionUser;
  nominations: { formula: string; bea: string; unmoderated: string };
  conflictId: string;
  /** Every email address in the world, none of which may leave in an export or public page. */
  emails: string[];
}

async function staff(db: Db, name: string, memberships: { programmeId: string; role: "organiser" | "juror"; categoryId?: string | null; isChair?: boolean; isPreviousWinner?: boolean }[]) {
  const user = await makeUser(db, { name, email: `${name.toLowerCase().replace(/\s+/g, ".")}.${tag()}@staff.example` });
  for (const m of memberships) await db.membership.create({ data: { userId: user.id, categoryId: null, ...m } });
  return (await loadSessionUser({ db, userId: user.id }))!;
}

async function nominate(db: Db, programmeId: string, categoryId: string, nomineeName: string, reachesJury: boolean, submittedAt: Date) {
  const t = tag();
  return db.nomination.create({
    data: {
      programmeId,
      categoryId,
      kind: "nomination",
      status: reachesJury ? "eligible" : "submitted",
      nomineeName,
      nomineeEmail: `nominee-${t}@private.example`,
      nomineeDistrict: "Gostenhof",
      nominatorName: "Nora Nominator",
      nominatorEmail: `nominator-${t}@private.example`,
      story: "Runs the Saturday homework club.",
      submittedAt,
      consent: { create: { status: reachesJury ? "accepted" : "pending", displayName: "first_name" } },
    },
  });
}

async function submitSheet(db: Db, jurorId: string, nominationId: string, scores: Record<string, number>) {
  await db.scoreSheet.create({
    data: {
      jurorId,
      nominationId,
      status: "submitted",
      submittedAt: new Date(),
      overallNote: "A private overall note",
      scores: { create: Object.entries(scores).map(([criterionId, value]) => ({ criterionId, value, comment: "A private comment" })) },
    },
  });
}

export async function makeJuryWorld(db: Db, { phase = "jury_review" }: { phase?: string } = {}): Promise<JuryWorld> {
  const { programme, categories } = await makeProgramme(db, { phase, categories: ["Young volunteer", "Longest serving"] });
  const { programme: other } = await makeProgramme(db, { categories: ["Elsewhere"] });
  const [young, longest] = categories.map((c) => c.id) as [string, string];
  const impact = await db.criterion.create({ data: { categoryId: young, name: "Impact", description: "What changed because of them", weight: 2, position: 0 } });
  const reach = await db.criterion.create({ data: { categoryId: young, name: "@Reach", description: "How many people benefit", weight: 1, position: 1 } });

  const organiser = await staff(db, "Olivia Organiser", [{ programmeId: programme.id, role: "organiser" }]);
  const ada = await staff(db, "Ada Juror", [{ programmeId: programme.id, role: "juror", categoryId: young }]);
  const ben = await staff(db, "Ben Juror", [{ programmeId: programme.id, role: "juror", categoryId: young, isPreviousWinner: true }]);
  const chris = await staff(db, "Chris Chair", [{ programmeId: programme.id, role: "juror", categoryId: young, isChair: true }]);
  const otherChair = await staff(db, "Dana Chair", [{ programmeId: programme.id, role: "juror", categoryId: longest, isChair: true }]);
  const outsider = await staff(db, "Otto Outsider", [{ programmeId: other.id, role: "organiser" }]);

  const formula = await nominate(db, programme.id, young, FORMULA_TITLE, true, new Date("2026-03-01T10:00:00Z"));
  const bea = await nominate(db, programme.id, young, "Bea Example", true, new Date("2026-03-02T10:00:00Z"));
  const unmoderated = await nominate(db, programme.id, young, "Una Unmoderated", false, new Date("2026-03-03T10:00:00Z"));

  await submitSheet(db, ada.id, formula.id, { [impact.id]: 8, [reach.id]: 5 });
  await submitSheet(db, ben.id, formula.id, { [impact.id]: 6, [reach.id]: 9 });
  await submitSheet(db, ada.id, bea.id, { [impact.id]: 4, [reach.id]: 4 });
  await submitSheet(db, ben.id, bea.id, { [impact.id]: 5, [reach.id]: 2 });
  await submitSheet(db, chris.id, bea.id, { [impact.id]: 9, [reach.id]: 6 });
  const conflict = await db.conflictDeclaration.create({
    data: { nominationId: formula.id, jurorId: chris.id, reason: "knows_nominee", note: CONFLICT_NOTE, declaredById: chris.id },
  });

  const nominations = await db.nomination.findMany({ where: { programmeId: programme.id }, select: { nomineeEmail: true, nominatorEmail: true } });
  return {
    programme: { id: programme.id, slug: programme.slug },
    categoryIds: [young, longest],
    criteria: { impactId: impact.id, reachId: reach.id },
    organiser,
    jurors: { ada, ben, chris },
    otherChair,
    outsider,
    nominations: { formula: formula.id, bea: bea.id, unmoderated: unmoderated.id },
    conflictId: conflict.id,
    emails: [organiser, ada, ben, chris, otherChair, outsider].map((u) => u.email).concat(nominations.flatMap((n) => [n.nomineeEmail!, n.nominatorEmail!])),
  };
}
