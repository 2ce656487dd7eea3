// The organiser's results review on a real database: the decided ranking, the
// embargo before the close, per-object permissions, draws, confirmation,
// overrides, reopening, and the gate to publishing.
import { beforeEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session-user";
import { db } from "@/lib/db";
import { transitionPhase } from "@/lib/programmes/transition-phase";
import { computeCategoryResults } from "@/lib/results/compute-category-results";
import { confirmCategory } from "@/lib/results/confirm-category";
import { overrideResult } from "@/lib/results/override-result";
import { recordDraw } from "@/lib/results/record-draw";
import { reopenCategory } from "@/lib/results/reopen-category";
import { makeResultsWorld, type ResultsWorld } from "@/lib/results/results-fixtures";

const written = async (programmeId: string) => ({
  results: await db.result.count({ where: { category: { programmeId } } }),
  audit: await db.auditEvent.count({ where: { programmeId } }),
});

describe("the results review", () => {
  let w: ResultsWorld;
  beforeEach(async () => {
    w = await makeResultsWorld(db);
  });

  const confirmInput = async (categoryId: string) => {
    const { categories } = await computeCategoryResults({ actor: w.organiser, programmeId: w.programmeId });
    return { categoryId, expected: categories.find((c) => c.id === categoryId)!.signature };
  };

  it("decides a combined category where jury and public disagree as computed by hand", async () => {
    const { categories, editable } = await computeCategoryResults({ actor: w.organiser, programmeId: w.programmeId });
    expect(editable).toBe(true);
    const young = categories.find((c) => c.id === w.young.id)!;
    // Jury 9/7/5 → points 1, ½, 0; votes 1/4/3 → points 0, 1, ½. At 60/40:
    // Amira 0.6, Bilal 0.3 + 0.4 = 0.7, Chiara 0.2. The public's favourite wins.
    expect(young.ranking.map((r) => [r.publicName, r.place, r.juryScore, r.votes, r.juryPoints, r.publicPoints, r.winner])).toEqual([
      ["Bilal", 1, 7, 4, 0.5, 1, true],
      ["Amira", 2, 9, 1, 1, 0, false],
      ["Chiara", 3, 5, 3, 0, 0.5, false],
    ]);
    expect(young.ranking.map((r) => r.score)).toEqual([expect.closeTo(0.7, 9), expect.closeTo(0.6, 9), expect.closeTo(0.2, 9)]);
    expect(young.needsDraw).toEqual([]);
    expect(young.state).toBe("computed");
    const hood = categories.find((c) => c.id === w.hood.id)!;
    expect([...hood.needsDraw].sort()).toEqual([w.hood.dana, w.hood.emil].sort());
  });

  it("leaves out a finalist who withdrew, though their votes exist", async () => {
    const chiara = await db.finalist.findUniqueOrThrow({ where: { id: w.young.chiara } });
    await db.nomination.update({ where: { id: chiara.nominationId }, data: { status: "withdrawn" } });
    const { categories } = await computeCategoryResults({ actor: w.organiser, programmeId: w.programmeId });
    const young = categories.find((c) => c.id === w.young.id)!;
    // Two left: jury points Amira 1, Bilal 0; public Bilal 1, Amira 0 → Amira 0.6, Bilal 0.4.
    expect(young.ranking.map((r) => [r.publicName, r.place, r.winner])).toEqual([
      ["Amira", 1, true],
      ["Bilal", 2, false],
    ]);
  });

  it("refuses everything before the vote closed, to every role, organisers and admins too, and writes nothing", async () => {
    await db.programme.update({ where: { id: w.programmeId }, data: { phase: "public_vote" } });
    const before = await written(w.programmeId);
    for (const actor of [w.organiser, w.admin]) {
      await expect(computeCategoryResults({ actor, programmeId: w.programmeId })).rejects.toMatchObject({ code: "invalid_state", message: "voteNotClosed" });
      await expect(confirmCategory({ actor, programmeId: w.programmeId, input: { categoryId: w.young.id } })).rejects.toMatchObject({ code: "invalid_state", message: "voteNotClosed" });
      await expect(overrideResult({ actor, programmeId: w.programmeId, input: { categoryId: w.young.id, winners: [w.young.amira], reason: "The jury's clear favourite." } })).rejects.toMatchObject({ code: "invalid_state" });
      await expect(recordDraw({ actor, programmeId: w.programmeId, input: { categoryId: w.hood.id, order: [w.hood.dana, w.hood.emil], note: "Drawn by lot." } })).rejects.toMatchObject({ code: "invalid_state" });
    }
    for (const [actor, code] of [[null, "unauthenticated"], [w.juror, "forbidden"], [w.chair, "forbidden"], [w.outsider, "forbidden"]] as const) {
      await expect(computeCategoryResults({ actor, programmeId: w.programmeId })).rejects.toMatchObject({ code });
      await expect(confirmCategory({ actor, programmeId: w.programmeId, input: { categoryId: w.young.id } })).rejects.toMatchObject({ code });
    }
    expect(await written(w.programmeId)).toEqual(before);
  });

  it("refuses non-organisers every action in results review, and writes nothing", async () => {
    const before = await written(w.programmeId);
    const cases: [SessionUser | null, string][] = [
      [null, "unauthenticated"],
      [w.juror, "forbidden"],
      [w.chair, "forbidden"],
      [w.outsider, "forbidden"],
    ];
    for (const [actor, code] of cases) {
      await expect(computeCategoryResults({ actor, programmeId: w.programmeId })).rejects.toMatchObject({ code });
      await expect(confirmCategory({ actor, programmeId: w.programmeId, input: { categoryId: w.young.id } })).rejects.toMatchObject({ code });
      await expect(overrideResult({ actor, programmeId: w.programmeId, input: { categoryId: w.young.id, winners: [w.young.amira], reason: "The jury's clear favourite." } })).rejects.toMatchObject({ code });
      await expect(recordDraw({ actor, programmeId: w.programmeId, input: { categoryId: w.hood.id, order: [w.hood.dana, w.hood.emil], note: "Drawn by lot." } })).rejects.toMatchObject({ code });
      await expect(reopenCategory({ actor, programmeId: w.programmeId, input: { categoryId: w.young.id } })).rejects.toMatchObject({ code });
    }
    expect(await written(w.programmeId)).toEqual(before);
  });

  it("refuses another programme's organiser even with this programme's category, and an organiser naming a foreign category", async () => {
    const other = await db.category.findFirstOrThrow({ where: { programmeId: { not: w.programmeId }, name: "Elsewhere" } });
    const otherOrganiser = await db.membership.findFirstOrThrow({ where: { userId: w.outsider.id } });
    await expect(confirmCategory({ actor: w.outsider, programmeId: otherOrganiser.programmeId, input: { categoryId: w.young.id } })).rejects.toMatchObject({ code: "not_found" });
    await expect(confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: other.id } })).rejects.toMatchObject({ code: "not_found" });
    expect((await written(w.programmeId)).results).toBe(0);
  });

  it("confirms a category as computed, once, with its figures and no publication date", async () => {
    const now = new Date("2026-06-20T10:00:00Z");
    expect(await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: await confirmInput(w.young.id), now })).toEqual({ winners: [w.young.bilal] });
    const rows = await db.result.findMany({ where: { categoryId: w.young.id }, orderBy: { rank: "asc" }, include: { nomination: { select: { finalist: { select: { id: true } } } } } });
    expect(rows.map((r) => [r.nomination.finalist!.id, r.rank, r.juryScore, r.votes, r.isWinner, r.overrideReason, r.confirmedAt, r.publishedAt])).toEqual([
      [w.young.bilal, 1, 7, 4, true, null, now, null],
      [w.young.amira, 2, 9, 1, false, null, now, null],
      [w.young.chiara, 3, 5, 3, false, null, now, null],
    ]);
    expect(rows[0].combinedScore).toBeCloseTo(0.7, 9);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "results.category_confirmed", entityId: w.young.id } });
    expect(audit.actorId).toBe(w.organiser.id);
    expect(JSON.stringify(audit.data)).not.toMatch(/Bilal|Amira|Private|@/);
    await expect(confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } })).rejects.toMatchObject({ message: "alreadyConfirmed" });
    const { categories } = await computeCategoryResults({ actor: w.organiser, programmeId: w.programmeId });
    expect(categories.find((c) => c.id === w.young.id)!.state).toBe("confirmed");
  });

  it("refuses to confirm a ranking that changed since the organiser saw it", async () => {
    const input = await confirmInput(w.young.id);
    await db.ballot.updateMany({ where: { finalistId: w.young.bilal }, data: { quarantinedAt: new Date(), quarantineReason: "Burst" } });
    await expect(confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input })).rejects.toMatchObject({ code: "conflict", message: "resultsChanged", field: "form" });
    expect((await written(w.programmeId)).results).toBe(0);
  });

  it("refuses to confirm while a draw is needed, takes a draw for exactly the tied finalists, then confirms it", async () => {
    await expect(confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id } })).rejects.toMatchObject({ code: "invalid_state", message: "drawNeeded" });
    await expect(recordDraw({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id, order: [w.hood.emil, w.young.amira], note: "Drawn by lot." } })).rejects.toMatchObject({ field: "order", message: "orderMismatch" });
    await expect(recordDraw({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id, order: [w.hood.emil, w.hood.dana], note: "" } })).rejects.toMatchObject({ field: "note" });
    await expect(recordDraw({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id, order: [w.young.amira, w.young.bilal], note: "Drawn by lot." } })).rejects.toMatchObject({ message: "noDrawNeeded" });
    expect(await db.auditEvent.count({ where: { programmeId: w.programmeId, action: "results.draw_recorded" } })).toBe(0);

    await recordDraw({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id, order: [w.hood.emil, w.hood.dana], note: "Drawn by lot with the jury chair." } });
    const { categories } = await computeCategoryResults({ actor: w.organiser, programmeId: w.programmeId });
    const hood = categories.find((c) => c.id === w.hood.id)!;
    expect(hood.needsDraw).toEqual([]);
    expect(hood.drawApplied).toBe(true);
    expect(hood.ranking.map((r) => [r.finalistId, r.place, r.winner, r.tieBrokenBy])).toEqual([
      [w.hood.emil, 1, true, null],
      [w.hood.dana, 2, false, "draw"],
    ]);
    expect(await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id, expected: hood.signature } })).toEqual({ winners: [w.hood.emil] });
  });

  it("refuses an override without a reason or with a wrong set of winners, and keeps a valid one's reason", async () => {
    const base = { categoryId: w.young.id, winners: [w.young.amira] };
    await expect(overrideResult({ actor: w.organiser, programmeId: w.programmeId, input: { ...base, reason: "" } })).rejects.toMatchObject({ field: "reason", message: "reasonRequired" });
    await expect(overrideResult({ actor: w.organiser, programmeId: w.programmeId, input: { ...base, reason: "   " } })).rejects.toMatchObject({ field: "reason", message: "reasonRequired" });
    await expect(overrideResult({ actor: w.organiser, programmeId: w.programmeId, input: { ...base, reason: "Too short" } })).rejects.toMatchObject({ field: "reason", message: "reasonTooShort" });
    await expect(overrideResult({ actor: w.organiser, programmeId: w.programmeId, input: { ...base, reason: "x".repeat(501) } })).rejects.toMatchObject({ field: "reason", message: "reasonTooLong" });
    await expect(overrideResult({ actor: w.organiser, programmeId: w.programmeId, input: { ...base, reason: undefined as unknown as string } })).rejects.toMatchObject({ field: "reason" });
    const reason = "Bilal's project was found to be run by a jury member's firm.";
    await expect(overrideResult({ actor: w.organiser, programmeId: w.programmeId, input: { ...base, winners: [w.young.amira, w.young.chiara], reason } })).rejects.toMatchObject({ field: "winners", message: "winnersCount" });
    await expect(overrideResult({ actor: w.organiser, programmeId: w.programmeId, input: { ...base, winners: [w.hood.dana], reason } })).rejects.toMatchObject({ field: "winners", message: "winnersInvalid" });
    await expect(overrideResult({ actor: w.organiser, programmeId: w.programmeId, input: { ...base, winners: [w.young.bilal], reason } })).rejects.toMatchObject({ field: "winners", message: "sameAsComputed" });
    expect(await written(w.programmeId)).toMatchObject({ results: 0 });

    expect(await overrideResult({ actor: w.organiser, programmeId: w.programmeId, input: { ...base, reason } })).toEqual({ winners: [w.young.amira] });
    const rows = await db.result.findMany({ where: { categoryId: w.young.id }, orderBy: { rank: "asc" }, include: { nomination: { select: { finalist: { select: { id: true } } } } } });
    expect(rows.map((r) => [r.nomination.finalist!.id, r.rank, r.isWinner, r.overrideReason, r.publishedAt])).toEqual([
      [w.young.amira, 1, true, reason, null],
      [w.young.bilal, 2, false, reason, null],
      [w.young.chiara, 3, false, reason, null],
    ]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "results.category_overridden", entityId: w.young.id } });
    expect(audit.data).toEqual({ winners: [w.young.amira], computedWinners: [w.young.bilal], reason });
    const { categories } = await computeCategoryResults({ actor: w.organiser, programmeId: w.programmeId });
    expect(categories.find((c) => c.id === w.young.id)!.state).toBe("overridden");
  });

  it("reopens a confirmed category while in results review", async () => {
    await expect(reopenCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } })).rejects.toMatchObject({ message: "notConfirmed" });
    await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } });
    expect(await reopenCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } })).toEqual({ removed: 3 });
    expect(await db.result.count({ where: { categoryId: w.young.id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { action: "results.category_reopened", entityId: w.young.id } })).toBe(1);
    const { categories } = await computeCategoryResults({ actor: w.organiser, programmeId: w.programmeId });
    expect(categories.find((c) => c.id === w.young.id)!.state).toBe("computed");
  });

  it("lets the programme move to results_published only once every category is confirmed", async () => {
    const publish = () => transitionPhase({ actor: w.organiser, programmeId: w.programmeId, to: "results_published" });
    await expect(publish()).rejects.toMatchObject({ reason: "results_not_confirmed" });
    await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } });
    await expect(publish()).rejects.toMatchObject({ reason: "results_not_confirmed" });
    await recordDraw({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id, order: [w.hood.dana, w.hood.emil], note: "Drawn by lot." } });
    await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id } });
    expect(await publish()).toEqual({ from: "results_review", to: "results_published" });

    // Published: the review reads, but nothing changes any more, and however the phase moved (here the bare
    // transition, as the timeline would), every result now carries its publication date.
    const view = await computeCategoryResults({ actor: w.organiser, programmeId: w.programmeId });
    expect(view.editable).toBe(false);
    await expect(reopenCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } })).rejects.toMatchObject({ code: "invalid_state", message: "resultsPublished" });
    expect(await db.result.count({ where: { category: { programmeId: w.programmeId }, publishedAt: null } })).toBe(0);
    expect(await db.result.count({ where: { category: { programmeId: w.programmeId } } })).toBeGreaterThan(0);
  });
});

describe("a jury-only programme", () => {
  it("decides by the jury with no votes, and only from results review on", async () => {
    const w = await makeResultsWorld(db, { decisionMode: "jury_only", juryWeight: 100, publicWeight: 0, phase: "jury_review" });
    await expect(computeCategoryResults({ actor: w.organiser, programmeId: w.programmeId })).rejects.toMatchObject({ code: "invalid_state", message: "resultsNotReady" });
    await db.programme.update({ where: { id: w.programmeId }, data: { phase: "results_review" } });
    const { categories } = await computeCategoryResults({ actor: w.organiser, programmeId: w.programmeId });
    const young = categories.find((c) => c.id === w.young.id)!;
    expect(young.ranking.map((r) => [r.publicName, r.place, r.juryScore, r.votes, r.winner])).toEqual([
      ["Amira", 1, 9, 0, true],
      ["Bilal", 2, 7, 0, false],
      ["Chiara", 3, 5, 0, false],
    ]);
    await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } });
    const rows = await db.result.findMany({ where: { categoryId: w.young.id } });
    expect(rows.every((r) => r.votes === null && r.combinedScore === null)).toBe(true);
  });
});
