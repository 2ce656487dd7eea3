import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TIE_TOLERANCE } from "@/lib/scoring/rank-nominations";
import { scoreCategory, type CategoryScores, type ScoreCategoryOptions } from "@/lib/scoring/score-category";
import type { ConflictInput, ScoreSheetInput, SheetStatus } from "@/lib/scoring/types";

// Random categories: up to 4 jurors × 5 nominations on a 0–100 scale, scores in
// 25–75 so that shifting or stretching a juror's scores stays on the scale.
const JURORS = ["j1", "j2", "j3", "j4"];
const NOMINATIONS = ["n1", "n2", "n3", "n4", "n5"];
const CRITERIA = ["c1", "c2", "c3", "c4"];

const score = fc.oneof({ arbitrary: fc.integer({ min: 25, max: 75 }), weight: 4 }, { arbitrary: fc.double({ min: 25, max: 75, noNaN: true }), weight: 1 });
const weight = fc.oneof(fc.integer({ min: 1, max: 5 }), fc.double({ min: 0.1, max: 5, noNaN: true }));
const cell = fc.record({
  present: fc.nat(4).map((n) => n > 0),
  status: fc.constantFrom<SheetStatus>("submitted", "submitted", "submitted", "draft"),
  conflict: fc.nat(5).map((n) => n === 0),
  incomplete: fc.nat(12).map((n) => n === 0),
  scores: fc.array(score, { minLength: CRITERIA.length, maxLength: CRITERIA.length }),
});

const category: fc.Arbitrary<ScoreCategoryOptions> = fc
  .record({
    weights: fc.array(weight, { minLength: 1, maxLength: CRITERIA.length }),
    cells: fc.array(cell, { minLength: JURORS.length * NOMINATIONS.length, maxLength: JURORS.length * NOMINATIONS.length }),
    rankBy: fc.constantFrom("raw" as const, "normalised" as const),
  })
  .map(({ weights, cells, rankBy }) => {
    const criteria = weights.map((w, i) => ({ id: CRITERIA[i], weight: w }));
    const sheets: ScoreSheetInput[] = [];
    const conflicts: ConflictInput[] = [];
    JURORS.forEach((jurorId, j) =>
      NOMINATIONS.forEach((nominationId, n) => {
        const c = cells[j * NOMINATIONS.length + n];
        if (c.conflict) conflicts.push({ jurorId, nominationId });
        if (!c.present) return;
        const scores: Record<string, number> = Object.fromEntries(criteria.map(({ id }, i) => [id, c.scores[i]]));
        if (c.incomplete) delete scores[criteria[0].id];
        sheets.push({ jurorId, nominationId, status: c.status, scores });
      }),
    );
    return { criteria, scale: { min: 0, max: 100 }, nominationIds: NOMINATIONS, sheets, conflicts, rankBy };
  });

const mapJurorScores = (input: ScoreCategoryOptions, jurorId: string, f: (s: number) => number): ScoreCategoryOptions => ({
  ...input,
  sheets: input.sheets.map((s) => (s.jurorId !== jurorId ? s : { ...s, scores: Object.fromEntries(Object.entries(s.scores).map(([k, v]) => [k, f(v)])) })),
});
const normalisedRanking = (input: ScoreCategoryOptions) => scoreCategory({ ...input, rankBy: "normalised" }).ranking.map((r) => [r.nominationId, r.rank]);
const withoutExcluded = ({ nominations, ranking, sheets }: CategoryScores) => ({ nominations, ranking, sheets });
const isConflicted = (input: ScoreCategoryOptions, s: ScoreSheetInput) => input.conflicts.some((c) => c.jurorId === s.jurorId && c.nominationId === s.nominationId);

// Whatever a sheet that must not count says: any status, any keys, any numbers.
const anySheetContent = fc.record({
  status: fc.constantFrom<SheetStatus>("draft", "submitted"),
  scores: fc.dictionary(fc.constantFrom(...CRITERIA, "other"), fc.double()),
});

describe("scoreCategory properties", () => {
  it("normalised ranking ignores a constant added to one juror's scores", () => {
    fc.assert(
      fc.property(category, fc.constantFrom(...JURORS), fc.integer({ min: -20, max: 20 }), (input, jurorId, shift) => {
        expect(normalisedRanking(mapJurorScores(input, jurorId, (s) => s + shift))).toEqual(normalisedRanking(input));
      }),
    );
  });

  it("normalised ranking ignores one juror's deviations being stretched or shrunk", () => {
    fc.assert(
      fc.property(category, fc.constantFrom(...JURORS), fc.double({ min: 0.2, max: 2, noNaN: true }), (input, jurorId, factor) => {
        expect(normalisedRanking(mapJurorScores(input, jurorId, (s) => 50 + factor * (s - 50)))).toEqual(normalisedRanking(input));
      }),
    );
  });

  it("a conflicted juror's sheet never affects anything, whatever it says", () => {
    fc.assert(
      fc.property(category, fc.array(anySheetContent, { minLength: 20, maxLength: 20 }), (input, replacements) => {
        const tampered = { ...input, sheets: input.sheets.map((s, i) => (isConflicted(input, s) ? { ...s, ...replacements[i] } : s)) };
        expect(scoreCategory(tampered)).toEqual(scoreCategory(input));
        const removed = { ...input, sheets: input.sheets.filter((s) => !isConflicted(input, s)) };
        expect(withoutExcluded(scoreCategory(removed))).toEqual(withoutExcluded(scoreCategory(input)));
      }),
    );
  });

  it("drafts never count", () => {
    fc.assert(
      fc.property(category, fc.array(anySheetContent.map((c) => c.scores), { minLength: 20, maxLength: 20 }), (input, replacements) => {
        const tampered = { ...input, sheets: input.sheets.map((s, i) => (s.status === "draft" ? { ...s, scores: replacements[i] } : s)) };
        expect(scoreCategory(tampered)).toEqual(scoreCategory(input));
        const removed = { ...input, sheets: input.sheets.filter((s) => s.status !== "draft") };
        expect(withoutExcluded(scoreCategory(removed))).toEqual(withoutExcluded(scoreCategory(input)));
      }),
    );
  });

  it("gives the same result, to the last bit, whatever order the input comes in", () => {
    const permutation = <T>(items: readonly T[]) => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });
    const shuffled = category.chain((input) =>
      fc.record({
        input: fc.constant(input),
        criteria: permutation(input.criteria),
        nominationIds: permutation(input.nominationIds),
        conflicts: permutation(input.conflicts),
        sheets: permutation(input.sheets.map((s) => ({ ...s, scores: Object.fromEntries(Object.entries(s.scores).reverse()) }))),
      }),
    );
    fc.assert(
      fc.property(shuffled, ({ input, ...order }) => {
        expect(scoreCategory({ ...input, ...order })).toEqual(scoreCategory(input));
      }),
    );
  });

  it("ranks every nomination once, as a valid competition ranking, unscored ones last", () => {
    fc.assert(
      fc.property(category, (input) => {
        const { ranking, nominations } = scoreCategory(input);
        expect(ranking.map((r) => r.nominationId).sort()).toEqual([...input.nominationIds].sort());
        const ranked = ranking.filter((r) => r.rank !== null);
        expect(ranking.slice(ranked.length).every((r) => r.rank === null && r.score === null)).toBe(true);
        let leader = Number.NaN;
        ranked.forEach((r, i) => {
          const own = nominations.find((n) => n.nominationId === r.nominationId)!;
          expect(own.count).toBeGreaterThan(0);
          expect(r.score).toBe(own[input.rankBy]!.mean);
          if (i > 0 && r.rank === ranked[i - 1].rank) {
            expect(Math.abs(r.score! - leader)).toBeLessThanOrEqual(TIE_TOLERANCE);
          } else {
            expect(r.rank).toBe(i + 1);
            if (i > 0) expect(r.score!).toBeLessThan(leader - TIE_TOLERANCE);
            leader = r.score!;
          }
        });
        expect(nominations.filter((n) => n.count === 0).length).toBe(ranking.length - ranked.length);
      }),
    );
  });
});
