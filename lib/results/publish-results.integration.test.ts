// Publishing the results on a real database: refused (with nothing written)
// before every category is confirmed, before the close, twice and to anyone
// but the programme's organiser; otherwise every Result row, the phase, the
// audit log and one email per winner and finalist, in their language.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { computeCategoryResults } from "@/lib/results/compute-category-results";
import { confirmCategory } from "@/lib/results/confirm-category";
import { publishResults } from "@/lib/results/publish-results";
import { recordDraw } from "@/lib/results/record-draw";
import { makeResultsWorld, type ResultsWorld } from "@/lib/results/results-fixtures";

// A crash right after the phase change, still inside the transaction: everything must roll back together.
const crash = vi.hoisted(() => ({ afterTransition: false }));
vi.mock("@/lib/programmes/transition-phase", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/programmes/transition-phase")>();
  return {
    ...real,
    transitionPhase: async (args: Parameters<typeof real.transitionPhase>[0]) => {
      const moved = await real.transitionPhase(args);
      if (crash.afterTransition) throw new Error("crashed after the phase change");
      return moved;
    },
  };
});

const env = {};
const NOW = new Date("2026-06-20T18:00:00Z");

const snapshot = async (programmeId: string) => ({
  phase: (await db.programme.findUniqueOrThrow({ where: { id: programmeId }, select: { phase: true } })).phase,
  published: await db.result.count({ where: { category: { programmeId }, publishedAt: { not: null } } }),
  audit: await db.auditEvent.count({ where: { programmeId } }),
  emails: await db.outboxEmail.count({ where: { kind: { startsWith: "results_" } } }),
});

async function confirmAll(w: ResultsWorld) {
  await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } });
  await recordDraw({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id, order: [w.hood.dana, w.hood.emil], note: "Drawn by lot." } });
  await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id } });
}

describe("publishing the results", () => {
  let w: ResultsWorld;
  beforeEach(async () => {
    await db.outboxEmail.deleteMany({});
    w = await makeResultsWorld(db);
  });
  afterEach(() => {
    crash.afterTransition = false;
  });

  it("is refused until every category is confirmed, and writes nothing", async () => {
    const before = await snapshot(w.programmeId);
    await expect(publishResults({ actor: w.organiser, programmeId: w.programmeId, env })).rejects.toMatchObject({ code: "invalid_state", message: "notAllConfirmed" });
    await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } });
    const halfway = await snapshot(w.programmeId);
    await expect(publishResults({ actor: w.organiser, programmeId: w.programmeId, env })).rejects.toMatchObject({ message: "notAllConfirmed" });
    expect(await snapshot(w.programmeId)).toEqual(halfway);
    expect(halfway).toMatchObject({ phase: before.phase, published: 0, emails: 0 });
  });

  it("is refused before the vote closed, and writes nothing", async () => {
    const open = await makeResultsWorld(db, { phase: "public_vote" });
    const before = await snapshot(open.programmeId);
    await expect(publishResults({ actor: open.organiser, programmeId: open.programmeId, env })).rejects.toMatchObject({ code: "invalid_state", message: "voteNotClosed" });
    expect(await snapshot(open.programmeId)).toEqual(before);
  });

  it.each<[string, (w: ResultsWorld) => SessionUser | null, string]>([
    ["signed out", () => null, "unauthenticated"],
    ["a juror", (w) => w.juror, "forbidden"],
    ["the jury chair", (w) => w.chair, "forbidden"],
    ["another programme's organiser", (w) => w.outsider, "forbidden"],
  ])("is refused to %s, and writes nothing", async (_who, actor, code) => {
    await confirmAll(w);
    const before = await snapshot(w.programmeId);
    await expect(publishResults({ actor: actor(w), programmeId: w.programmeId, env })).rejects.toMatchObject({ code });
    expect(await snapshot(w.programmeId)).toEqual(before);
  });

  it("publishes the rows and the phase in one transaction: a failure leaves neither", async () => {
    await confirmAll(w);
    const before = await snapshot(w.programmeId);
    crash.afterTransition = true;
    await expect(publishResults({ actor: w.organiser, programmeId: w.programmeId, env })).rejects.toThrow("crashed after the phase change");
    expect(await snapshot(w.programmeId)).toEqual(before);
    expect(before).toMatchObject({ phase: "results_review", published: 0, emails: 0 });
  });

  it("publishes every row, moves the phase, audits and emails each winner and finalist once", async () => {
    await confirmAll(w);
    const bilal = await db.finalist.findUniqueOrThrow({ where: { id: w.young.bilal }, select: { nominationId: true } });
    await db.nomination.update({ where: { id: bilal.nominationId }, data: { locale: "de" } });
    // A group is told at its contact address, by the group's name.
    const amira = await db.finalist.findUniqueOrThrow({ where: { id: w.young.amira }, select: { nominationId: true } });
    await db.nomination.update({ where: { id: amira.nominationId }, data: { nomineeKind: "group", groupName: "Repair Café Crew" } });

    expect(await publishResults({ actor: w.organiser, programmeId: w.programmeId, now: NOW, env })).toEqual({ published: 5, emailed: 5 });

    const rows = await db.result.findMany({ where: { category: { programmeId: w.programmeId } } });
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.publishedAt?.getTime() === NOW.getTime())).toBe(true);
    expect((await db.programme.findUniqueOrThrow({ where: { id: w.programmeId } })).phase).toBe("results_published");
    const audit = await db.auditEvent.findMany({ where: { programmeId: w.programmeId, createdAt: NOW }, orderBy: { seq: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["programme.phase_changed", w.organiser.id],
      ["results.published", w.organiser.id],
    ]);
    expect(audit[0].data).toEqual({ from: "results_review", to: "results_published" });

    // One email per winner and finalist, at the nominee's address, in the nomination's language.
    const nominations = await db.nomination.findMany({ where: { finalist: { category: { programmeId: w.programmeId } } }, select: { nomineeEmail: true, locale: true, finalist: { select: { id: true } } } });
    const mails = await db.outboxEmail.findMany({ where: { kind: { startsWith: "results_" } } });
    expect(mails.map((m) => m.toAddress).sort()).toEqual(nominations.map((n) => n.nomineeEmail).sort());
    const mailTo = (finalistId: string) => mails.find((m) => m.toAddress === nominations.find((n) => n.finalist?.id === finalistId)!.nomineeEmail)!;
    expect(mailTo(w.young.bilal)).toMatchObject({ kind: "results_winner" });
    expect(mailTo(w.young.bilal).subject).toContain("Sie sind ausgezeichnet");
    expect(mailTo(w.young.amira)).toMatchObject({ kind: "results_finalist" });
    expect(mailTo(w.young.amira).text).toContain("Hello Repair Café Crew,");
    expect(mailTo(w.young.amira).text).toContain("Your group was a finalist of “Young engagement”");
    expect(mailTo(w.hood.dana)).toMatchObject({ kind: "results_winner" });
    expect(mailTo(w.hood.dana).text).toContain("You are a winner of “Neighbourhood”");
  });

  it("refuses to publish twice, politely, and writes nothing more", async () => {
    await confirmAll(w);
    await publishResults({ actor: w.organiser, programmeId: w.programmeId, now: NOW, env });
    const after = await snapshot(w.programmeId);
    await expect(publishResults({ actor: w.organiser, programmeId: w.programmeId, env })).rejects.toMatchObject({ code: "invalid_state", message: "alreadyPublished" });
    expect(await snapshot(w.programmeId)).toEqual(after);
    // The review stays readable but can no longer change.
    expect((await computeCategoryResults({ actor: w.organiser, programmeId: w.programmeId })).editable).toBe(false);
  });
});
