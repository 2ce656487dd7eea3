import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideCategory, type FormulaFinalist } from "@/lib/results/decision-formula";

const finalists = fc
  .uniqueArray(fc.record({ finalistId: fc.string({ minLength: 1, maxLength: 4 }), juryScore: fc.integer({ min: 0, max: 100 }).map((n) => n / 10), votes: fc.nat(500), day: fc.integer({ min: 1, max: 28 }) }), {
    minLength: 1,
    maxLength: 7,
    selector: (x) => x.finalistId,
  })
  .map((xs): FormulaFinalist[] => xs.map(({ day, ...x }) => ({ ...x, submittedAt: new Date(Date.UTC(2026, 9, day)) })));

describe("decideCategory properties", () => {
  it("does not depend on the order the finalists come in", () => {
    fc.assert(
      fc.property(finalists, fc.integer({ min: 0, max: 100 }), (list, jury) => {
        const options = { mode: "combined" as const, winnerCount: 1, juryWeight: jury, publicWeight: 100 - jury };
        const a = decideCategory({ ...options, finalists: list });
        const b = decideCategory({ ...options, finalists: [...list].reverse() });
        expect(b.ranking.map((r) => [r.finalistId, r.place, r.winner])).toEqual(a.ranking.map((r) => [r.finalistId, r.place, r.winner]));
      }),
    );
  });

  it("keeps combined scores between 0 and 1, and a 100 % jury weight ranks like the jury alone", () => {
    fc.assert(
      fc.property(finalists, (list) => {
        const combined = decideCategory({ mode: "combined", finalists: list, winnerCount: 1, juryWeight: 100, publicWeight: 0 });
        for (const r of combined.ranking) {
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
        }
        const jury = decideCategory({ mode: "jury_only", finalists: list, winnerCount: 1 });
        expect(combined.ranking.map((r) => r.finalistId)).toEqual(jury.ranking.map((r) => r.finalistId));
      }),
    );
  });

  it("always names exactly winnerCount winners, or none and a draw to record", () => {
    fc.assert(
      fc.property(finalists, fc.integer({ min: 1, max: 3 }), (list, winnerCount) => {
        const result = decideCategory({ mode: "public_only", finalists: list, winnerCount });
        const winners = result.ranking.filter((r) => r.winner).length;
        if (result.needsDraw.length) expect(winners).toBeLessThan(Math.min(winnerCount, list.length));
        else expect(winners).toBe(Math.min(winnerCount, list.length));
      }),
    );
  });
});
