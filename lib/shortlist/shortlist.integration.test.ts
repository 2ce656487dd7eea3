import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session-user";
import { verifyAuditLog } from "@/lib/audit/verify-audit-log";
import { transitionPhase } from "@/lib/programmes/transition-phase";
import { getRanking } from "@/lib/shortlist/get-ranking";
import { listShortlistCategories } from "@/lib/shortlist/list-shortlist-categories";
import { loadCategoryScoring } from "@/lib/shortlist/load-category-scoring";
import { lockShortlist } from "@/lib/shortlist/lock-shortlist";
import { ShortlistReasonsMissing } from "@/lib/shortlist/shortlist-errors";
import { makeJuryNomination, makeSheet, makeShortlistWorld, type ShortlistWorld } from "@/lib/shortlist/shortlist-fixtures";
import { unlockShortlist } from "@/lib/shortlist/unlock-shortlist";

let w: ShortlistWorld;
let n: { n1: string; n2: string; n3: string; n4: string; notEligible: string; consentPending: string };
/** n2 and n3 tie at rank 2; the proposal (top 2) takes the one with the lower id. */
let tieIn: string;
let tieOut: string;

const both = (criteria: [string, string], value: number) => ({ [criteria[0]]: value, [criteria[1]]: value });

beforeEach(async () => {
  w = await makeShortlistWorld(db);
  const base = { programmeId: w.programmeId, categoryId: w.categoryA };
  const n1 = await makeJuryNomination(db, { ...base, nomineeName: "Anna Beispiel", locale: "de", consent: { displayName: "first_name" } });
  const n2 = await makeJuryNomination(db, { ...base, kind: "application", nomineeName: "Anika Muster", consent: { displayName: "chosen_name", chosenName: "Ani", showPhoto: true, showDistrict: true }, photo: true });
  const n3 = await makeJuryNomination(db, { ...base, nomineeKind: "group", nomineeName: "Tom Contact", groupName: "Youth Repair Café" });
  const n4 = await makeJuryNomination(db, { ...base, nomineeName: "Lea Last" });
  const notEligible = await makeJuryNomination(db, { ...base, status: "submitted" });
  const consentPending = await makeJuryNomination(db, { ...base, consent: { status: "pending" } });
  n = { n1: n1.id, n2: n2.id, n3: n3.id, n4: n4.id, notEligible: notEligible.id, consentPending: consentPending.id };
  [tieIn, tieOut] = [n.n2, n.n3].sort();

  const [j1, j2] = w.jurors;
  for (const juror of [w.chair, j1, j2]) {
    await makeSheet(db, { jurorId: juror.id, nominationId: n.n1, values: both(w.criteriaA, 9) });
    await makeSheet(db, { jurorId: juror.id, nominationId: n.n2, values: both(w.criteriaA, 7) });
    await makeSheet(db, { jurorId: juror.id, nominationId: n.n3, values: both(w.criteriaA, 7) });
  }
  await makeSheet(db, { jurorId: w.chair.id, nominationId: n.n4, values: both(w.criteriaA, 3), overallNote: "Promising, early days." });
  await makeSheet(db, { jurorId: j1.id, nominationId: n.n4, values: both(w.criteriaA, 5), comments: { [w.criteriaA[0]]: "Small but real reach." } });
  // Jana knows Lea: her conflict takes her off Lea's nomination.
  await db.conflictDeclaration.create({ data: { nominationId: n.n4, jurorId: j2.id, reason: "knows_nominee", note: "Neighbour", declaredById: j2.id } });
  // A sheet on a nomination that has not reached the jury never shows up.
  await makeSheet(db, { jurorId: j1.id, nominationId: n.notEligible, values: both(w.criteriaA, 10) });

  const b = await makeJuryNomination(db, { programmeId: w.programmeId, categoryId: w.categoryB, nomineeName: "Bea Bee" });
  await makeSheet(db, { jurorId: w.chairB.id, nominationId: b.id, values: { [w.criterionB]: 8 } });
});

const finalistsOf = (categoryId: string) => db.finalist.findMany({ where: { categoryId }, orderBy: { position: "asc" } });
const auditOf = (categoryId: string) => db.auditEvent.findMany({ where: { entityId: categoryId }, orderBy: { seq: "asc" } });
/** The finalist emails of this test's nominations (the database lives as long as the file). */
async function finalistMail(where: { status?: string } = {}) {
  const rows = await db.nomination.findMany({ where: { programmeId: w.programmeId }, select: { nomineeEmail: true } });
  return db.outboxEmail.findMany({ where: { kind: "finalist_notification", toAddress: { in: rows.map((r) => r.nomineeEmail!) }, ...where } });
}
const lockedAt = async (categoryId: string) => (await db.category.findUniqueOrThrow({ where: { id: categoryId } })).shortlistLockedAt;

/** Locks with the proposal, giving a reason for every change. */
async function lockWith(actor: SessionUser, categoryId: string, finalistIds?: string[], env?: Record<string, string | undefined>) {
  const view = await getRanking({ actor: w.organiser, categoryId });
  const chosen = finalistIds ?? view.proposal.finalistIds;
  const changes = [
    ...chosen.filter((id) => !view.proposal.finalistIds.includes(id)).map((nominationId) => ({ nominationId, action: "add" as const, reason: `Added ${nominationId}` })),
    ...view.proposal.finalistIds.filter((id) => !chosen.includes(id)).map((nominationId) => ({ nominationId, action: "remove" as const, reason: `Removed ${nominationId}` })),
  ];
  return lockShortlist({ actor, categoryId, finalistIds: chosen, changes, env });
}

describe("loadCategoryScoring", () => {
  it("loads the nominations that reached the jury, their sheets, conflicts and the ranking", async () => {
    const s = await loadCategoryScoring({ categoryId: w.categoryA });
    expect(s.programmeId).toBe(w.programmeId);
    expect(s.categoryName).toBe("Young engagement");
    expect(s.scale).toEqual({ min: 1, max: 10 });
    expect(s.criteria.map((c) => [c.name, c.weight])).toEqual([["Impact", 2], ["Commitment", 1]]);
    expect(s.nominations.map((x) => x.id).sort()).toEqual([n.n1, n.n2, n.n3, n.n4].sort());
    expect(s.nominations.find((x) => x.id === n.n3)?.title).toBe("Youth Repair Café");
    expect(s.jurors.map((j) => j.name).sort()).toEqual(["Carla Chair", "Jana Juror", "Jonas Juror"]);
    expect(s.sheets).toHaveLength(11);
    expect(s.conflicts).toEqual([{ jurorId: w.jurors[1].id, nominationId: n.n4, reason: "knows_nominee" }]);
    expect(s.result.ranking.map((r) => [r.nominationId, r.rank])).toEqual([
      [n.n1, 1],
      [tieIn, 2],
      [tieOut, 2],
      [n.n4, 4],
    ]);
    const lea = s.result.nominations.find((x) => x.nominationId === n.n4)!;
    expect(lea.count).toBe(2);
    expect(lea.raw?.mean).toBeCloseTo(4, 10);
    expect(lea.raw?.sd).toBeCloseTo(1, 10);
    expect(lea.recusedJurorIds).toEqual([w.jurors[1].id]);
  });

  it("ranks by normalised scores when the programme says so", async () => {
    await db.programme.update({ where: { id: w.programmeId }, data: { juryNormalise: true } });
    const s = await loadCategoryScoring({ categoryId: w.categoryA });
    expect(s.result.ranking[0]).toMatchObject({ nominationId: n.n1, rank: 1 });
    expect(s.result.ranking[0].score).toBe(s.result.nominations.find((x) => x.nominationId === n.n1)!.normalised!.mean);
  });
});

describe("who may draw up the shortlist", () => {
  const acts: Record<string, (actor: SessionUser | null) => Promise<unknown>> = {
    getRanking: (actor) => getRanking({ actor, categoryId: w.categoryA }),
    lockShortlist: (actor) => lockShortlist({ actor, categoryId: w.categoryA, finalistIds: [n.n1, tieIn] }),
    listShortlistCategories: async (actor) => {
      const list = await listShortlistCategories({ actor, programmeId: w.programmeId });
      // A chair of another category sees only their own.
      if (list.categories.some((c) => c.id === w.categoryA)) return list;
      throw Object.assign(new Error("category A listed"), { code: "forbidden" });
    },
  };
  for (const [name, act] of Object.entries(acts)) {
    it(`${name}: signed out, a plain juror, another category's chair and another programme's organiser are refused`, async () => {
      await expect(act(null)).rejects.toMatchObject({ code: "unauthenticated" });
      await expect(act(w.jurors[0])).rejects.toMatchObject({ code: "forbidden" });
      await expect(act(w.chairB)).rejects.toMatchObject({ code: "forbidden" });
      await expect(act(w.outsider)).rejects.toMatchObject({ code: "forbidden" });
      expect(await lockedAt(w.categoryA)).toBeNull();
      expect(await finalistsOf(w.categoryA)).toEqual([]);
    });
  }

  it("lets the category's chair and the organisers see the ranking", async () => {
    for (const actor of [w.chair, w.organiser]) {
      const view = await getRanking({ actor, categoryId: w.categoryA });
      expect(view.rows).toHaveLength(4);
      expect(view.withheld).toBeNull();
    }
    const list = await listShortlistCategories({ actor: w.chairB, programmeId: w.programmeId });
    expect(list.categories.map((c) => c.id)).toEqual([w.categoryB]);
    expect((await listShortlistCategories({ actor: w.organiser, programmeId: w.programmeId })).categories).toHaveLength(2);
  });

  it("answers not found for a category of another programme named in the URL", async () => {
    await expect(getRanking({ actor: w.outsider, categoryId: w.categoryA, programmeId: w.outsider.memberships[0].programmeId })).rejects.toMatchObject({ code: "not_found" });
    await expect(getRanking({ actor: w.organiser, categoryId: "no-such-category" })).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("the ranking", () => {
  it("proposes the top N and warns about a tie at the boundary", async () => {
    const view = await getRanking({ actor: w.chair, categoryId: w.categoryA });
    expect(view.rows.map((r) => [r.nominationId, r.rankLabel])).toEqual([
      [n.n1, "1"],
      [tieIn, "=2"],
      [tieOut, "=2"],
      [n.n4, "4"],
    ]);
    expect(view.proposal).toEqual({ finalistIds: [n.n1, tieIn], boundaryTie: { rank: 2, nominationIds: [tieIn, tieOut] } });
    expect(view.rows.filter((r) => r.proposed).map((r) => r.nominationId)).toEqual([n.n1, tieIn]);
    expect(view.may).toEqual({ lock: true, unlock: false, editProfiles: false });
  });

  it("shows spread, recusals and the comments of counted sheets", async () => {
    const view = await getRanking({ actor: w.organiser, categoryId: w.categoryA });
    const lea = view.rows.find((r) => r.nominationId === n.n4)!;
    expect(lea).toMatchObject({ count: 2, recused: [{ name: "Jana Juror", reason: "knows_nominee" }] });
    expect(lea.raw).toMatchObject({ mean: 4, sd: 1, disagreement: false });
    expect(lea.comments).toEqual(
      expect.arrayContaining([
        { jurorName: "Jonas Juror", criterion: "Impact", text: "Small but real reach." },
        { jurorName: "Carla Chair", criterion: null, text: "Promising, early days." },
      ]),
    );
    // The conflict note is the juror's own: it never reaches the ranking.
    expect(JSON.stringify(view)).not.toContain("Neighbour");
  });

  it("flags strong disagreement between jurors", async () => {
    await db.scoreSheet.deleteMany({ where: { nominationId: n.n4 } });
    await makeSheet(db, { jurorId: w.chair.id, nominationId: n.n4, values: both(w.criteriaA, 2) });
    await makeSheet(db, { jurorId: w.jurors[0].id, nominationId: n.n4, values: both(w.criteriaA, 9) });
    const lea = (await getRanking({ actor: w.organiser, categoryId: w.categoryA })).rows.find((r) => r.nominationId === n.n4)!;
    expect(lea.raw?.disagreement).toBe(true);
  });

  it("warns while jurors are still scoring, and still lets the shortlist be locked", async () => {
    await db.scoreSheet.update({ where: { nominationId_jurorId: { nominationId: n.n2, jurorId: w.jurors[0].id } }, data: { status: "draft", submittedAt: null } });
    const view = await getRanking({ actor: w.chair, categoryId: w.categoryA });
    expect(view.stillScoring).toBe(true);
    expect(view.progress).toMatchObject({ submitted: 10, expected: 11, complete: false });
    expect(view.progress.jurors.find((j) => j.id === w.jurors[0].id)).toMatchObject({ submitted: 3, expected: 4 });
    expect(view.excluded).toEqual({ draft: 1 });
    expect(view.may.lock).toBe(true);
    const done = await getRanking({ actor: w.chair, categoryId: w.categoryA });
    await expect(lockShortlist({ actor: w.chair, categoryId: w.categoryA, finalistIds: done.proposal.finalistIds })).resolves.toMatchObject({ notified: 2 });
  });

  it("shows a chair no ranking before their own sheets are in; organisers see it", async () => {
    await db.scoreSheet.delete({ where: { nominationId_jurorId: { nominationId: n.n3, jurorId: w.chair.id } } });
    const view = await getRanking({ actor: w.chair, categoryId: w.categoryA });
    expect(view.withheld).toEqual({ outstanding: 1, untilJuryPhaseEnds: false });
    expect(view.rows).toEqual([]);
    expect(view.proposal.finalistIds).toEqual([]);
    expect(JSON.stringify(view)).not.toContain("Promising");
    await expect(lockShortlist({ actor: w.chair, categoryId: w.categoryA, finalistIds: [n.n1] })).rejects.toMatchObject({ code: "invalid_state", message: "ownScoresOutstanding" });
    expect((await getRanking({ actor: w.organiser, categoryId: w.categoryA })).rows).toHaveLength(4);
  });
});

describe("locking the shortlist", () => {
  it("requires a reason for every nomination added or removed, and changes nothing without", async () => {
    const swap = [n.n1, tieOut];
    try {
      await lockShortlist({ actor: w.chair, categoryId: w.categoryA, finalistIds: swap });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ShortlistReasonsMissing);
      expect((error as ShortlistReasonsMissing).nominationIds.sort()).toEqual([tieIn, tieOut].sort());
    }
    // A reason for the wrong change, or a blank one, does not count.
    await expect(
      lockShortlist({
        actor: w.chair,
        categoryId: w.categoryA,
        finalistIds: swap,
        changes: [
          { nominationId: tieOut, action: "remove", reason: "Wrong way round" },
          { nominationId: tieIn, action: "remove", reason: "   " },
        ],
      }),
    ).rejects.toBeInstanceOf(ShortlistReasonsMissing);
    expect(await lockedAt(w.categoryA)).toBeNull();
    expect(await finalistsOf(w.categoryA)).toEqual([]);
    expect(await auditOf(w.categoryA)).toEqual([]);
    expect(await finalistMail()).toEqual([]);

    await lockShortlist({
      actor: w.chair,
      categoryId: w.categoryA,
      finalistIds: swap,
      changes: [
        { nominationId: tieOut, action: "add", reason: "Tie broken: wider reach in the district." },
        { nominationId: tieIn, action: "remove", reason: "Tie broken in favour of the other." },
      ],
    });
    const finalists = await finalistsOf(w.categoryA);
    expect(finalists.map((f) => [f.nominationId, f.position, f.changeReason])).toEqual([
      [n.n1, 0, null],
      [tieOut, 1, "Tie broken: wider reach in the district."],
    ]);
    const [event] = await auditOf(w.categoryA);
    expect(event).toMatchObject({ action: "shortlist.locked", actorId: w.chair.id, entityType: "Category", programmeId: w.programmeId });
    expect(event.data).toMatchObject({
      finalists: [n.n1, tieOut],
      proposed: [n.n1, tieIn],
      boundaryTie: { rank: 2, nominationIds: [tieIn, tieOut] },
      added: [{ nominationId: tieOut, reason: "Tie broken: wider reach in the district." }],
      removed: [{ nominationId: tieIn, reason: "Tie broken in favour of the other." }],
    });
    // No names or addresses in the audit log.
    expect(JSON.stringify(event.data)).not.toMatch(/Anna|Anika|Youth Repair|example\.org/);
  });

  it("refuses nominations that are not with the jury, and bad input", async () => {
    await expect(lockShortlist({ actor: w.organiser, categoryId: w.categoryA, finalistIds: [n.n1, n.notEligible], changes: [{ nominationId: n.notEligible, action: "add", reason: "x" }] })).rejects.toMatchObject({ code: "invalid_input", message: "unknownNomination" });
    await expect(lockShortlist({ actor: w.organiser, categoryId: w.categoryA, finalistIds: [] })).rejects.toMatchObject({ code: "invalid_input", message: "noneSelected" });
    await expect(lockShortlist({ actor: w.organiser, categoryId: w.categoryA, finalistIds: [n.n1, n.n1] })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(lockShortlist({ actor: w.organiser, categoryId: w.categoryA, finalistIds: ["../../etc"] })).rejects.toMatchObject({ code: "invalid_input" });
    await expect(
      lockShortlist({ actor: w.organiser, categoryId: w.categoryA, finalistIds: [n.n1, tieIn, n.n4], changes: [{ nominationId: n.n4, action: "add", reason: "x".repeat(1001) }] }),
    ).rejects.toMatchObject({ code: "invalid_input", message: "tooLong" });
    expect(await lockedAt(w.categoryA)).toBeNull();
  });

  it("creates the finalists with their public profile, audits it and emails each in their language", async () => {
    const result = await lockWith(w.chair, w.categoryA, [n.n1, n.n2, n.n3], { ...process.env, SMTP_URL: "" });
    expect(result.notified).toBe(3);
    expect(await lockedAt(w.categoryA)).toBeInstanceOf(Date);
    const finalists = await finalistsOf(w.categoryA);
    const byNomination = new Map(finalists.map((f) => [f.nominationId, f]));
    // Anna chose her first name only, nothing else; Anika a chosen name, her photo and district; the group its name.
    expect(byNomination.get(n.n1)).toMatchObject({ publicName: "Anna", publicDistrict: null, photoKey: null, publicSummary: "" });
    const photo = await db.attachment.findFirstOrThrow({ where: { nominationId: n.n2 } });
    expect(byNomination.get(n.n2)).toMatchObject({ publicName: "Ani", publicDistrict: "Gostenhof", photoKey: photo.id });
    expect(byNomination.get(n.n3)).toMatchObject({ publicName: "Youth Repair Café", photoKey: null });
    for (const f of finalists) expect(f.notifiedAt).toBeInstanceOf(Date);

    const nominations = await db.nomination.findMany({ where: { id: { in: [n.n1, n.n2, n.n3] } } });
    const mail = await finalistMail();
    expect(mail).toHaveLength(3);
    const to = (id: string) => mail.find((m) => m.toAddress === nominations.find((x) => x.id === id)!.nomineeEmail)!;
    expect(to(n.n1).subject).toMatch(/^Sie sind in der Endauswahl: /);
    expect(to(n.n1).text).toContain("Guten Tag Anna Beispiel,");
    expect(to(n.n1).text).toContain("als „Anna“, ohne Foto und ohne Stadtteil");
    expect(to(n.n1).text).toContain("Die Öffentlichkeit stimmt");
    expect(to(n.n2).subject).toMatch(/^You are a finalist: /);
    expect(to(n.n2).text).toContain("as “Ani”, with your photo and with your district");
    expect(to(n.n3).text).toContain("Hello Youth Repair Café,");
    expect(to(n.n3).text).toContain("chosen your group as a finalist in “Young engagement”");
    // Only finalists are told; the nominators are not written to.
    const nominatorAddresses = nominations.map((x) => x.nominatorEmail).filter(Boolean);
    expect(mail.some((m) => nominatorAddresses.includes(m.toAddress))).toBe(false);
    expect(await verifyAuditLog(db)).toMatchObject({ problem: null });
  });

  it("keeps the lock when an email cannot be sent", async () => {
    const result = await lockWith(w.organiser, w.categoryA, undefined, { ...process.env, SMTP_URL: "smtp://127.0.0.1:9" });
    expect(result.notified).toBe(0);
    expect(await lockedAt(w.categoryA)).toBeInstanceOf(Date);
    const finalists = await finalistsOf(w.categoryA);
    expect(finalists).toHaveLength(2);
    expect(finalists.every((f) => f.notifiedAt === null)).toBe(true);
    expect(await finalistMail({ status: "failed" })).toHaveLength(2);
  });

  it("refuses to lock twice, also when two people lock at the same moment", async () => {
    const attempts = await Promise.allSettled([lockWith(w.chair, w.categoryA), lockWith(w.organiser, w.categoryA)]);
    expect(attempts.filter((a) => a.status === "fulfilled")).toHaveLength(1);
    const refused = attempts.find((a) => a.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: "invalid_state", message: "alreadyLocked" });
    await expect(lockWith(w.chair, w.categoryA)).rejects.toMatchObject({ code: "invalid_state", message: "alreadyLocked" });
    expect(await finalistsOf(w.categoryA)).toHaveLength(2);
    expect((await auditOf(w.categoryA)).filter((e) => e.action === "shortlist.locked")).toHaveLength(1);
  });

  it("is only possible during the jury review", async () => {
    await db.programme.update({ where: { id: w.programmeId }, data: { phase: "moderation" } });
    await expect(lockWith(w.chair, w.categoryA)).rejects.toMatchObject({ code: "invalid_state", message: "notInJuryReview" });
    expect((await getRanking({ actor: w.chair, categoryId: w.categoryA })).may.lock).toBe(false);
  });
});

describe("unlocking", () => {
  it("is for organisers only, needs a reason, and removes the finalists", async () => {
    await lockWith(w.chair, w.categoryA);
    await expect(unlockShortlist({ actor: null, categoryId: w.categoryA, reason: "x" })).rejects.toMatchObject({ code: "unauthenticated" });
    for (const actor of [w.chair, w.jurors[0], w.chairB, w.outsider]) {
      await expect(unlockShortlist({ actor, categoryId: w.categoryA, reason: "Change of mind" })).rejects.toMatchObject({ code: "forbidden" });
    }
    await expect(unlockShortlist({ actor: w.organiser, categoryId: w.categoryA, reason: "  " })).rejects.toMatchObject({ code: "invalid_input", fields: { reason: "reasonRequired" } });
    expect(await finalistsOf(w.categoryA)).toHaveLength(2);
    expect((await getRanking({ actor: w.chair, categoryId: w.categoryA })).may.unlock).toBe(false);
    expect((await getRanking({ actor: w.organiser, categoryId: w.categoryA })).may.unlock).toBe(true);

    await unlockShortlist({ actor: w.organiser, categoryId: w.categoryA, reason: "A late conflict was declared." });
    expect(await lockedAt(w.categoryA)).toBeNull();
    expect(await finalistsOf(w.categoryA)).toEqual([]);
    const unlocked = (await auditOf(w.categoryA)).at(-1)!;
    expect(unlocked).toMatchObject({ action: "shortlist.unlocked", actorId: w.organiser.id });
    expect(unlocked.data).toMatchObject({ reason: "A late conflict was declared.", finalists: [n.n1, tieIn] });
    await expect(unlockShortlist({ actor: w.organiser, categoryId: w.categoryA, reason: "Again" })).rejects.toMatchObject({ code: "invalid_state", message: "notLocked" });
  });

  it("does not email a finalist twice when the shortlist is locked again", async () => {
    await lockWith(w.chair, w.categoryA);
    await unlockShortlist({ actor: w.organiser, categoryId: w.categoryA, reason: "Reconsider the tie." });
    const again = await lockWith(w.chair, w.categoryA, [n.n1, tieOut]);
    expect(again.notified).toBe(1);
    const finalists = await finalistsOf(w.categoryA);
    expect(finalists.every((f) => f.notifiedAt !== null)).toBe(true);
    expect(await finalistMail()).toHaveLength(3);
  });

  it("is refused once the public vote has started", async () => {
    await lockWith(w.chair, w.categoryA);
    await db.programme.update({ where: { id: w.programmeId }, data: { phase: "public_vote" } });
    await expect(unlockShortlist({ actor: w.organiser, categoryId: w.categoryA, reason: "Too late" })).rejects.toMatchObject({ code: "invalid_state", message: "tooLateToUnlock" });
    expect(await finalistsOf(w.categoryA)).toHaveLength(2);
  });
});

describe("the public vote", () => {
  it("can only open once every category's shortlist is locked", async () => {
    await expect(transitionPhase({ actor: w.organiser, programmeId: w.programmeId, to: "public_vote" })).rejects.toMatchObject({ code: "invalid_state" });
    await lockWith(w.chair, w.categoryA);
    await expect(transitionPhase({ actor: w.organiser, programmeId: w.programmeId, to: "public_vote" })).rejects.toMatchObject({ reason: "no_finalists" });
    await lockWith(w.chairB, w.categoryB);
    await expect(transitionPhase({ actor: w.organiser, programmeId: w.programmeId, to: "public_vote" })).resolves.toEqual({ from: "jury_review", to: "public_vote" });
    // The shortlist is now what the public votes on: it can no longer be locked or unlocked.
    await expect(lockWith(w.chair, w.categoryA)).rejects.toMatchObject({ code: "invalid_state" });
  });
});
