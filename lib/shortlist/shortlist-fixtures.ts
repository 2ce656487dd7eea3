// Builders for the shortlist integration tests: a programme in jury review with
// two categories, their jury, nominations that reached the jury, and score
// sheets written straight to the database.
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db";
import { loadSessionUser } from "@/lib/auth/load-session-user";
import type { SessionUser } from "@/lib/auth/session-user";
import { makeMembership, makeProgramme, makeUser } from "@/lib/auth/test-fixtures";

const tag = () => randomBytes(4).toString("hex");

export interface ShortlistWorld {
  programmeId: string;
  /** Category A ("Young engagement") has criteria weighted 2 and 1; category B ("Neighbourhood") one criterion. */
  categoryA: string;
  categoryB: string;
  criteriaA: [string, string];
  criterionB: string;
  organiser: SessionUser;
  /** Chair of category A, and one of its three jurors. */
  chair: SessionUser;
  jurors: [SessionUser, SessionUser];
  /** Chair of category B only. */
  chairB: SessionUser;
  /** An organiser of another programme. */
  outsider: SessionUser;
}

export async function makeShortlistWorld(db: Db, opts: { decisionMode?: string; finalistCount?: number; juryNormalise?: boolean } = {}): Promise<ShortlistWorld> {
  const { programme, categories } = await makeProgramme(db, { categories: ["Young engagement", "Neighbourhood"], phase: "jury_review" });
  await db.programme.update({ where: { id: programme.id }, data: { decisionMode: opts.decisionMode ?? "jury_then_public", juryNormalise: opts.juryNormalise ?? false } });
  const [a, b] = categories;
  await db.category.update({ where: { id: a.id }, data: { finalistCount: opts.finalistCount ?? 2 } });
  await db.category.update({ where: { id: b.id }, data: { finalistCount: 1 } });
  const c1 = await db.criterion.create({ data: { categoryId: a.id, position: 0, name: "Impact", weight: 2 } });
  const c2 = await db.criterion.create({ data: { categoryId: a.id, position: 1, name: "Commitment", weight: 1 } });
  const cb = await db.criterion.create({ data: { categoryId: b.id, position: 0, name: "Reach", weight: 1 } });
  const other = await makeProgramme(db, { categories: ["Elsewhere"] });

  const [o, ch, j1, j2, chB, x] = await Promise.all([
    makeUser(db, { name: "Olivia Organiser" }),
    makeUser(db, { name: "Carla Chair" }),
    makeUser(db, { name: "Jonas Juror" }),
    makeUser(db, { name: "Jana Juror" }),
    makeUser(db, { name: "Ben Chair" }),
    makeUser(db, { name: "Xaver Outsider" }),
  ]);
  await makeMembership(db, { userId: o.id, programmeId: programme.id, role: "organiser" });
  await makeMembership(db, { userId: ch.id, programmeId: programme.id, role: "juror", categoryId: a.id, isChair: true });
  await makeMembership(db, { userId: j1.id, programmeId: programme.id, role: "juror", categoryId: a.id });
  await makeMembership(db, { userId: j2.id, programmeId: programme.id, role: "juror", categoryId: a.id });
  await makeMembership(db, { userId: chB.id, programmeId: programme.id, role: "juror", categoryId: b.id, isChair: true });
  await makeMembership(db, { userId: x.id, programmeId: other.programme.id, role: "organiser" });
  const load = async (id: string) => (await loadSessionUser({ db, userId: id }))!;
  return {
    programmeId: programme.id,
    categoryA: a.id,
    categoryB: b.id,
    criteriaA: [c1.id, c2.id],
    criterionB: cb.id,
    organiser: await load(o.id),
    chair: await load(ch.id),
    jurors: [await load(j1.id), await load(j2.id)],
    chairB: await load(chB.id),
    outsider: await load(x.id),
  };
}

export interface JuryNominationSeed {
  programmeId: string;
  categoryId: string;
  kind?: "nomination" | "application";
  status?: string;
  nomineeKind?: "individual" | "group";
  nomineeName?: string;
  groupName?: string | null;
  nomineeDistrict?: string | null;
  locale?: string;
  /** null: no consent row at all. */
  consent?: { status?: string; displayName?: string; chosenName?: string | null; showPhoto?: boolean; showDistrict?: boolean } | null;
  photo?: boolean;
}

/** A nomination that reached the jury (eligible, consent accepted) unless told otherwise. */
export async function makeJuryNomination(db: Db, seed: JuryNominationSeed) {
  const t = tag();
  const kind = seed.kind ?? "nomination";
  const n = await db.nomination.create({
    data: {
      programmeId: seed.programmeId,
      categoryId: seed.categoryId,
      kind,
      status: seed.status ?? "eligible",
      nomineeKind: seed.nomineeKind ?? "individual",
      nomineeName: seed.nomineeName ?? `Nina Nominee${t}`,
      nomineeEmail: `nominee-${t}@example.org`,
      nomineeDistrict: seed.nomineeDistrict ?? "Gostenhof",
      groupName: seed.groupName ?? null,
      nominatorName: kind === "nomination" ? `Nominator ${t}` : null,
      nominatorEmail: kind === "nomination" ? `nominator-${t}@example.org` : null,
      locale: seed.locale ?? "en",
      story: `Story ${t}`,
      submittedAt: new Date("2026-03-01T10:00:00Z"),
      confirmedAt: new Date("2026-03-01T10:05:00Z"),
      consent: seed.consent === null ? undefined : { create: { status: "accepted", decidedAt: new Date("2026-03-02T10:00:00Z"), ...seed.consent } },
    },
  });
  const photo = seed.photo
    ? await db.attachment.create({ data: { nominationId: n.id, kind: "photo", storageKey: `test/${t}.jpg`, mimeType: "image/jpeg", sizeBytes: 1000, width: 400, height: 300, sha256: t } })
    : null;
  return { ...n, photoId: photo?.id ?? null };
}

/** One juror's sheet for a nomination: the same score on every given criterion unless `values` says otherwise. */
export async function makeSheet(
  db: Db,
  { jurorId, nominationId, values, status = "submitted", comments = {}, overallNote = null }: { jurorId: string; nominationId: string; values: Record<string, number>; status?: "draft" | "submitted"; comments?: Record<string, string>; overallNote?: string | null },
) {
  return db.scoreSheet.create({
    data: {
      jurorId,
      nominationId,
      status,
      overallNote,
      submittedAt: status === "submitted" ? new Date("2026-04-01T10:00:00Z") : null,
      scores: { create: Object.entries(values).map(([criterionId, value]) => ({ criterionId, value, comment: comments[criterionId] ?? null })) },
    },
  });
}
