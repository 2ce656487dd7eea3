// Regression tests for the jury review (issue 5): who may see the other jurors'
// scores on the shortlist page and in the CSV export, blind mode for the chair,
// a chair's own conflicts, finalists who left, conflict withdrawal and the
// public summary of a finalist.
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { exportCategoryScores } from "@/lib/exports/export-category-scores";
import { withdrawConflict } from "@/lib/jury/withdraw-conflict";
import { getRanking } from "@/lib/shortlist/get-ranking";
import { lockShortlist } from "@/lib/shortlist/lock-shortlist";
import { makeJuryNomination, makeSheet, makeShortlistWorld, type ShortlistWorld } from "@/lib/shortlist/shortlist-fixtures";
import { updateFinalistProfile } from "@/lib/shortlist/update-finalist-profile";

let w: ShortlistWorld;
let n1: string;
let n2: string;
let n3: string;
const NAMES = ["Anna Beispiel", "Anika Muster", "Youth Repair Café"];

beforeEach(async () => {
  w = await makeShortlistWorld(db);
  const base = { programmeId: w.programmeId, categoryId: w.categoryA };
  n1 = (await makeJuryNomination(db, { ...base, nomineeName: "Anna Beispiel", nomineeDistrict: "Gostenhof", consent: { displayName: "first_name" } })).id;
  n2 = (await makeJuryNomination(db, { ...base, nomineeName: "Anika Muster" })).id;
  n3 = (await makeJuryNomination(db, { ...base, nomineeKind: "group", nomineeName: "Tom Contact", groupName: "Youth Repair Café" })).id;
  const values = (v: number) => ({ [w.criteriaA[0]]: v, [w.criteriaA[1]]: v });
  for (const juror of [w.chair, ...w.jurors]) {
    await makeSheet(db, { jurorId: juror.id, nominationId: n1, values: values(9), overallNote: `Note by ${juror.id}` });
    await makeSheet(db, { jurorId: juror.id, nominationId: n2, values: values(7) });
    await makeSheet(db, { jurorId: juror.id, nominationId: n3, values: values(5) });
  }
});

const programme = (data: { phase?: string; juryScoresVisibility?: string; juryBlind?: boolean }) => db.programme.update({ where: { id: w.programmeId }, data });
const exportAs = (actor: ShortlistWorld["chair"], part: "scores" | "ranking" = "scores") =>
  exportCategoryScores({ actor, programmeId: w.programmeId, categoryId: w.categoryA, part, locale: "en" });
const reopen = (jurorId: string, nominationId: string) =>
  db.scoreSheet.update({ where: { nominationId_jurorId: { nominationId, jurorId } }, data: { status: "draft", submittedAt: null } });

describe("the score export follows the 'score your own first' rule", () => {
  it("is refused (not found) to a chair with a sheet still open, and given to organisers", async () => {
    await expect(exportAs(w.chair)).resolves.toMatchObject({ csv: expect.stringContaining("Nomination") });
    await reopen(w.chair.id, n2);
    await expect(exportAs(w.chair)).rejects.toMatchObject({ code: "not_found" });
    await expect(exportAs(w.chair, "ranking")).rejects.toMatchObject({ code: "not_found" });
    await expect(exportAs(w.organiser)).resolves.toMatchObject({ csv: expect.stringContaining("Impact") });
  });

  it("with juryScoresVisibility after_review, is refused to the chair until the jury phase is over", async () => {
    await programme({ juryScoresVisibility: "after_review" });
    await expect(exportAs(w.chair)).rejects.toMatchObject({ code: "not_found" });
    await expect(exportAs(w.organiser)).resolves.toBeDefined();
    await programme({ phase: "public_vote" });
    await expect(exportAs(w.chair)).resolves.toBeDefined();
  });
});

describe("own scores first, on the ranking page", () => {
  it("holds a chair back also before the jury phase, not only during it", async () => {
    await reopen(w.chair.id, n3);
    await programme({ phase: "moderation" });
    const view = await getRanking({ actor: w.chair, categoryId: w.categoryA });
    expect(view.withheld).toEqual({ outstanding: 1, untilJuryPhaseEnds: false });
    expect(view.rows).toEqual([]);
    await programme({ phase: "public_vote" });
    expect((await getRanking({ actor: w.chair, categoryId: w.categoryA })).withheld).toBeNull();
  });

  it("with after_review, shows the chair no scores and lets only an organiser lock during the jury phase", async () => {
    await programme({ juryScoresVisibility: "after_review" });
    const view = await getRanking({ actor: w.chair, categoryId: w.categoryA });
    expect(view.withheld).toEqual({ outstanding: 0, untilJuryPhaseEnds: true });
    expect(view.rows).toEqual([]);
    expect(view.may.lock).toBe(false);
    expect(JSON.stringify(view)).not.toContain("Note by");
    await expect(lockShortlist({ actor: w.chair, categoryId: w.categoryA, finalistIds: [n1, n2] })).rejects.toMatchObject({ code: "invalid_state", message: "scoresHiddenUntilJuryEnds" });
    const organiser = await getRanking({ actor: w.organiser, categoryId: w.categoryA });
    expect(organiser.withheld).toBeNull();
    await expect(lockShortlist({ actor: w.organiser, categoryId: w.categoryA, finalistIds: organiser.proposal.finalistIds })).resolves.toBeDefined();
  });
});

describe("blind mode on the shortlist", () => {
  it("hides the names from the chair (rows, proposal, finalists), numbered as in the jurors' list; organisers see them", async () => {
    await programme({ juryBlind: true });
    const organiser = await getRanking({ actor: w.organiser, categoryId: w.categoryA });
    expect(organiser.blind).toBe(false);
    expect(organiser.rows.map((r) => r.title)).toEqual(["Anna Beispiel", "Anika Muster", "Youth Repair Café"]);
    await lockShortlist({ actor: w.organiser, categoryId: w.categoryA, finalistIds: organiser.proposal.finalistIds });

    const view = await getRanking({ actor: w.chair, categoryId: w.categoryA });
    expect(view.blind).toBe(true);
    expect(view.rows.map((r) => [r.title, r.number])).toEqual([["", 1], ["", 2], ["", 3]]);
    expect(view.finalists.map((f) => [f.title, f.publicName, f.number])).toEqual([["", "", 1], ["", "", 2]]);
    const json = JSON.stringify(view);
    for (const name of [...NAMES, "Anna", "Anika"]) expect(json).not.toContain(name);
  });
});

describe("a chair's own conflict", () => {
  beforeEach(async () => {
    await db.scoreSheet.delete({ where: { nominationId_jurorId: { nominationId: n2, jurorId: w.chair.id } } });
    await db.conflictDeclaration.create({ data: { nominationId: n2, jurorId: w.chair.id, reason: "family", declaredById: w.chair.id } });
    await db.score.updateMany({ where: { sheet: { nominationId: n2 } }, data: { comment: "Secret remark on Anika" } });
  });

  it("blanks that row's scores and comments on the ranking page and in the export", async () => {
    const view = await getRanking({ actor: w.chair, categoryId: w.categoryA });
    const row = view.rows.find((r) => r.nominationId === n2)!;
    expect(row).toMatchObject({ ownConflict: true, raw: null, normalised: null, comments: [], count: 0, rank: null });
    expect(view.rows.find((r) => r.nominationId === n1)).toMatchObject({ ownConflict: false, count: 3 });
    expect(JSON.stringify(view)).not.toContain("Secret remark");
    const organiser = await getRanking({ actor: w.organiser, categoryId: w.categoryA });
    expect(organiser.rows.find((r) => r.nominationId === n2)).toMatchObject({ ownConflict: false, count: 2 });

    const scores = (await exportAs(w.chair)).csv;
    expect(scores).not.toContain("Anika Muster");
    expect(scores).toContain("Anna Beispiel");
    const ranking = (await exportAs(w.chair, "ranking")).csv.split("\r\n");
    expect(ranking.find((l) => l.includes("Anika Muster"))).toBe(",Anika Muster,,,0");
    expect((await exportAs(w.organiser)).csv).toContain("Anika Muster");
  });

  it("keeps the chair from adding or removing it; an organiser may", async () => {
    const proposal = (await getRanking({ actor: w.organiser, categoryId: w.categoryA })).proposal.finalistIds;
    expect(proposal).toEqual([n1, n2]);
    const change = [{ nominationId: n2, action: "remove" as const, reason: "Family" }, { nominationId: n3, action: "add" as const, reason: "Better" }];
    await expect(lockShortlist({ actor: w.chair, categoryId: w.categoryA, finalistIds: [n1, n3], changes: change })).rejects.toMatchObject({ code: "forbidden", message: "conflictedNomination" });
    expect(await db.finalist.count({ where: { categoryId: w.categoryA } })).toBe(0);
    await expect(lockShortlist({ actor: w.organiser, categoryId: w.categoryA, finalistIds: [n1, n3], changes: change })).resolves.toBeDefined();
  });

  it("lets the chair lock when that row keeps its proposed place", async () => {
    await expect(lockShortlist({ actor: w.chair, categoryId: w.categoryA, finalistIds: [n1, n2] })).resolves.toBeDefined();
  });
});

describe("a finalist who no longer takes part", () => {
  it("is flagged on the shortlist once the nomination stops reaching the jury", async () => {
    const view = await getRanking({ actor: w.organiser, categoryId: w.categoryA });
    await lockShortlist({ actor: w.organiser, categoryId: w.categoryA, finalistIds: view.proposal.finalistIds });
    expect((await getRanking({ actor: w.organiser, categoryId: w.categoryA })).finalists.map((f) => f.noLongerTakingPart)).toEqual([false, false]);
    await db.nomineeConsent.update({ where: { nominationId: n1 }, data: { status: "declined" } });
    const after = await getRanking({ actor: w.chair, categoryId: w.categoryA });
    expect(after.finalists.map((f) => [f.nominationId, f.noLongerTakingPart, f.number])).toEqual([
      [n1, true, null],
      [n2, false, 1],
    ]);
  });
});

describe("withdrawing a conflict", () => {
  it("lets a juror withdraw only a conflict they declared themself", async () => {
    const juror = w.jurors[0];
    await db.scoreSheet.deleteMany({ where: { jurorId: juror.id, nominationId: { in: [n1, n2] } } });
    const byOrganiser = await db.conflictDeclaration.create({ data: { nominationId: n1, jurorId: juror.id, reason: "family", declaredById: w.organiser.id } });
    const own = await db.conflictDeclaration.create({ data: { nominationId: n2, jurorId: juror.id, reason: "other", declaredById: juror.id } });
    await expect(withdrawConflict({ actor: juror, conflictId: byOrganiser.id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(withdrawConflict({ actor: juror, conflictId: own.id })).resolves.toEqual({ nominationId: n2 });
    await expect(withdrawConflict({ actor: w.organiser, conflictId: byOrganiser.id })).resolves.toEqual({ nominationId: n1 });
  });
});

describe("a finalist's public summary", () => {
  it("may not show more of the name, or the district, than the nominee agreed to", async () => {
    const view = await getRanking({ actor: w.organiser, categoryId: w.categoryA });
    await lockShortlist({ actor: w.organiser, categoryId: w.categoryA, finalistIds: view.proposal.finalistIds });
    const anna = (await db.finalist.findFirstOrThrow({ where: { nominationId: n1 } })).id;
    const profile = { publicName: "Anna", publicSummary: "", publicDistrict: "", showPhoto: false };
    const update = (publicSummary: string) => updateFinalistProfile({ actor: w.organiser, finalistId: anna, profile: { ...profile, publicSummary } });
    await expect(update("Anna Beispiel runs the homework club.")).rejects.toMatchObject({ fields: { publicSummary: "nameInSummary" } });
    await expect(update("Anna runs the homework club in gostenhof.")).rejects.toMatchObject({ fields: { publicSummary: "districtInSummary" } });
    await expect(update("Anna runs the homework club in the neighbourhood.")).resolves.toBeUndefined();
    expect((await db.finalist.findUniqueOrThrow({ where: { id: anna } })).publicSummary).toBe("Anna runs the homework club in the neighbourhood.");
  });
});
