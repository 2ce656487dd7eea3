import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { transitionPhase } from "@/lib/programmes/transition-phase";
import { confirmCategory } from "@/lib/results/confirm-category";
import { makeResultsWorld, type ResultsWorld } from "@/lib/results/results-fixtures";
import { releaseBallots } from "@/lib/voting/admin/release-ballots";

// A confirmation is only as good as what it was decided from: when the votes
// or the jury's scores may have changed, it has to be given again, so a stale
// ranking can never be published.

let w: ResultsWorld;
beforeEach(async () => {
  w = await makeResultsWorld(db);
});
const stored = () => db.result.count({ where: { category: { programmeId: w.programmeId } } });

describe("unpublished results are confirmed again", () => {
  it("after a quarantine is released in results review (the count changed)", async () => {
    const quarantinedAt = new Date("2026-06-10T12:00:00Z");
    await db.ballot.updateMany({ where: { categoryId: w.young.id, finalistId: w.young.chiara }, data: { quarantinedAt, quarantineReason: "A burst from one network" } });
    await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } });
    expect(await stored()).toBeGreaterThan(0);

    await releaseBallots({ actor: w.organiser, programmeId: w.programmeId, input: { quarantinedAt: quarantinedAt.toISOString(), reason: "Checked: a school's votes" } });
    expect(await stored()).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { programmeId: w.programmeId, action: "vote.ballots_released" } });
    expect(audit.data).toMatchObject({ categoriesToConfirmAgain: 1 });
    // Publishing now needs the confirmations again.
    await expect(transitionPhase({ actor: w.organiser, programmeId: w.programmeId, from: "results_review", to: "results_published" })).rejects.toThrow();
  });

  it("after a jury-only programme goes back to the jury", async () => {
    w = await makeResultsWorld(db, { decisionMode: "jury_only" });
    await db.ballot.deleteMany({ where: { programmeId: w.programmeId } });
    await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } });
    expect(await stored()).toBeGreaterThan(0);
    await transitionPhase({ actor: w.organiser, programmeId: w.programmeId, from: "results_review", to: "jury_review" });
    expect(await stored()).toBe(0);
  });
});
