import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { declareConflict } from "@/lib/jury/declare-conflict";
import { listProgrammeConflicts } from "@/lib/transparency/list-programme-conflicts";
import { loadTransparencyRecord } from "@/lib/transparency/load-transparency-record";
import { CONFLICT_NOTE, FORMULA_TITLE, makeJuryWorld, type JuryWorld } from "@/lib/transparency/jury-world-fixtures";

describe("loadTransparencyRecord", () => {
  let world: JuryWorld;
  beforeEach(async () => {
    world = await makeJuryWorld(db, { phase: "results_published" });
    const young = world.categoryIds[0];
    await db.finalist.create({ data: { categoryId: young, nominationId: world.nominations.formula, position: 0, publicName: "Amina K." } });
    await db.finalist.create({ data: { categoryId: young, nominationId: world.nominations.bea, position: 1, publicName: "Bea E." } });
    await db.category.update({ where: { id: young }, data: { shortlistLockedAt: new Date() } });
  });

  const setPublic = (transparencyPublic: boolean, phase?: string) =>
    db.programme.update({ where: { id: world.programme.id }, data: { transparencyPublic, ...(phase ? { phase } : {}) } });
  const load = (actor: JuryWorld["organiser"] | null) => loadTransparencyRecord({ slug: world.programme.slug, actor });

  it("is public once results are published with the setting on: jury by name, criteria and weights, recusals by name", async () => {
    await setPublic(true);
    const record = (await load(null))!;
    expect(record.preview).toBe(false);
    expect(record.previewReason).toBeNull();
    expect(record.jurors.map((j) => [j.name, j.serves, j.isPreviousWinner])).toEqual([
      ["Chris Chair", [{ categoryName: "Young volunteer", isChair: true }], false],
      ["Dana Chair", [{ categoryName: "Longest serving", isChair: true }], false],
      ["Ada Juror", [{ categoryName: "Young volunteer", isChair: false }], false],
      ["Ben Juror", [{ categoryName: "Young volunteer", isChair: false }], true],
    ]);
    const [young, longest] = record.categories;
    expect(young.criteria).toEqual([
      { name: "Impact", description: "What changed because of them", weight: 2, share: 2 / 3 },
      { name: "@Reach", description: "How many people benefit", weight: 1, share: 1 / 3 },
    ]);
    expect(young.scale).toEqual({ min: 1, max: 10 });
    expect(young.finalists).toEqual([
      { publicName: "Amina K.", recusedJurors: ["Chris Chair"] },
      { publicName: "Bea E.", recusedJurors: [] },
    ]);
    expect(longest).toMatchObject({ finalists: [], shortlistLocked: false });
  });

  it("carries no reasons, notes, emails, scores, ids or nominee data", async () => {
    await setPublic(true);
    const json = JSON.stringify(await load(null));
    for (const secret of [CONFLICT_NOTE, "knows_nominee", "Bea Example", "HYPERLINK", "Gostenhof", "private comment", "overall note", world.jurors.chris.id, world.nominations.bea, ...world.emails]) {
      expect(json).not.toContain(secret);
    }
  });

  it("is hidden from the public before the results are published, and without the setting", async () => {
    for (const phase of ["jury_review", "public_vote", "results_review"]) {
      await setPublic(true, phase);
      expect(await load(null)).toBeNull();
    }
    await setPublic(false, "results_published");
    expect(await load(null)).toBeNull();
    await setPublic(false, "archived");
    expect(await load(null)).toBeNull();
    await setPublic(true, "archived");
    expect(await load(null)).not.toBeNull();
  });

  it("lets the programme's organisers preview it, saying why it is not public, but not jurors or other organisers", async () => {
    await setPublic(false);
    expect(await load(world.organiser)).toMatchObject({ preview: true, previewReason: "setting_off" });
    await setPublic(true, "jury_review");
    expect(await load(world.organiser)).toMatchObject({ preview: true, previewReason: "not_published" });
    expect(await load(world.jurors.chris)).toBeNull();
    expect(await load(world.jurors.ada)).toBeNull();
    expect(await load(world.outsider)).toBeNull();
  });

  it("answers null for an unknown programme", async () => {
    expect(await loadTransparencyRecord({ slug: "no-such-programme", actor: world.organiser })).toBeNull();
  });

  it("shows a juror who gave no name without falling back to their email", async () => {
    await setPublic(true);
    await db.user.update({ where: { id: world.jurors.chris.id }, data: { name: null } });
    const record = (await load(null))!;
    expect(record.jurors.find((j) => j.serves.some((s) => s.isChair && s.categoryName === "Young volunteer"))?.name).toBeNull();
    expect(record.categories[0].finalists[0].recusedJurors).toEqual([null]);
    expect(JSON.stringify(record)).not.toContain(world.jurors.chris.email);
  });
});

describe("listProgrammeConflicts", () => {
  let world: JuryWorld;
  beforeEach(async () => {
    world = await makeJuryWorld(db);
  });

  it("shows organisers every declaration with juror, nomination, reason, note and who declared it", async () => {
    const view = await listProgrammeConflicts({ actor: world.organiser, programmeId: world.programme.id });
    expect(view.conflicts).toEqual([
      expect.objectContaining({
        id: world.conflictId,
        jurorName: "Chris Chair",
        nominationTitle: expect.stringContaining("HYPERLINK"),
        categoryName: "Young volunteer",
        reason: "knows_nominee",
        note: CONFLICT_NOTE,
        declaredByName: "Chris Chair",
        declaredBySelf: true,
      }),
    ]);
    expect(view.jurors.map((j) => j.name)).toEqual(["Ada Juror", "Ben Juror", "Chris Chair", "Dana Chair"]);
    // Only nominations that reached the jury can be chosen in the form.
    expect(view.nominations.map((n) => n.title).sort()).toEqual(["Bea Example", FORMULA_TITLE].sort());
  });

  it("lists a conflict an organiser recorded for a juror as recorded by the organiser", async () => {
    await declareConflict({ actor: world.organiser, nominationId: world.nominations.bea, jurorId: world.jurors.ada.id, reason: "same_organisation", note: null });
    const view = await listProgrammeConflicts({ actor: world.organiser, programmeId: world.programme.id });
    expect(view.conflicts.find((c) => c.jurorName === "Ada Juror")).toMatchObject({ declaredByName: "Olivia Organiser", declaredBySelf: false, reason: "same_organisation", note: null });
  });

  it("refuses the signed-out, a juror, a jury chair and another programme's organiser", async () => {
    const refusals = [
      [null, "unauthenticated"],
      [world.jurors.ada, "forbidden"],
      [world.jurors.chris, "forbidden"],
      [world.outsider, "forbidden"],
    ] as const;
    for (const [actor, code] of refusals) {
      await expect(listProgrammeConflicts({ actor, programmeId: world.programme.id })).rejects.toMatchObject({ code });
    }
    await expect(listProgrammeConflicts({ actor: world.organiser, programmeId: "nope" })).rejects.toMatchObject({ code: "not_found" });
  });
});
