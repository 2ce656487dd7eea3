import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { confirmCategory } from "@/lib/results/confirm-category";
import { publishResults } from "@/lib/results/publish-results";
import { recordDraw } from "@/lib/results/record-draw";
import { reopenCategory } from "@/lib/results/reopen-category";
import { makeResultsWorld } from "@/lib/results/results-fixtures";

// Publishing while another organiser reopens a category: one of them goes
// first, and the programme never ends up published with a category that has
// no confirmed result.
describe("publishing and reopening at the same moment", () => {
  it("never publishes a programme with an unconfirmed category", async () => {
    for (let round = 0; round < 4; round++) {
      const w = await makeResultsWorld(db);
      await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } });
      await recordDraw({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id, order: [w.hood.dana, w.hood.emil], note: "Drawn by lot." } });
      await confirmCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.hood.id } });

      const outcomes = await Promise.allSettled([
        publishResults({ actor: w.organiser, programmeId: w.programmeId, env: {} }),
        reopenCategory({ actor: w.organiser, programmeId: w.programmeId, input: { categoryId: w.young.id } }),
      ]);
      const { phase } = await db.programme.findUniqueOrThrow({ where: { id: w.programmeId }, select: { phase: true } });
      const youngRows = await db.result.count({ where: { categoryId: w.young.id } });
      if (phase === "results_published") {
        expect(outcomes[0].status).toBe("fulfilled");
        expect(outcomes[1].status).toBe("rejected");
        expect(youngRows).toBeGreaterThan(0);
        expect(await db.result.count({ where: { category: { programmeId: w.programmeId }, publishedAt: null } })).toBe(0);
      } else {
        expect(phase).toBe("results_review");
        expect(outcomes[1].status).toBe("fulfilled");
        expect(youngRows).toBe(0);
      }
    }
  });
});
