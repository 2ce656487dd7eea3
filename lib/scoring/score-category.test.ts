import { describe, expect, it } from "vitest";
import { scoreCategory, type ScoreCategoryOptions } from "@/lib/scoring/score-category";
import type { ScoreSheetInput } from "@/lib/scoring/types";

/*
 * Worked example, computed by hand. Scale 1–10 (range 9, midpoint 5.5).
 * Criteria: impact ×2, originality ×3, inclusion ×2, continuity ×1 (Σw = 8).
 * Weighted sheet score = (2·impact + 3·originality + 2·inclusion + 1·continuity) / 8.
 * Juror C declared a conflict on N2, and submitted a sheet for it anyway (10s): it must not count.
 *
 *            scores (imp, orig, incl, cont)   weighted
 *   A  N1    8 9 8 9    16+27+16+9 = 68 / 8 = 8.5
 *   A  N2    7 8 7 6    14+24+14+6 = 58 / 8 = 7.25
 *   A  N3    9 9 8 8    18+27+16+8 = 69 / 8 = 8.625
 *   A  N4    6 7 6 7    12+21+12+7 = 52 / 8 = 6.5
 *   B  N1    5 6 5 4    10+18+10+4 = 42 / 8 = 5.25
 *   B  N2    4 5 4 5     8+15+ 8+5 = 36 / 8 = 4.5
 *   B  N3    6 5 6 6    12+15+12+6 = 45 / 8 = 5.625
 *   B  N4    3 4 3 2     6+12+ 6+2 = 26 / 8 = 3.25
 *   C  N1    7 7 6 8    14+21+12+8 = 55 / 8 = 6.875
 *   C  N3    5 6 5 4    10+18+10+4 = 42 / 8 = 5.25
 *   C  N4    8 8 9 9    16+24+18+9 = 67 / 8 = 8.375
 *
 * Raw per nomination (population SD = √(Σ dev² / n)); disagreement when SD > 0.2 · 9 = 1.8:
 *   N1  (8.5 + 5.25 + 6.875)/3 = 20.625/3 = 6.875   devs +1.625 −1.625 0        var 5.28125/3 = 1.760417  SD 1.326807
 *   N2  (7.25 + 4.5)/2         = 11.75/2  = 5.875   devs +1.375 −1.375          var 1.890625              SD 1.375
 *   N3  (8.625 + 5.625 + 5.25)/3 = 19.5/3 = 6.5     devs +2.125 −0.875 −1.25    var 6.84375/3 = 2.28125   SD 1.510381
 *   N4  (6.5 + 3.25 + 8.375)/3 = 18.125/3 = 6.041667 devs +0.458333 −2.791667 +2.333333
 *                                                    var (0.210069 + 7.793403 + 5.444444)/3 = 4.482639  SD 2.117224 → disagreement
 *   Raw ranking: N1 6.875, N3 6.5, N4 6.041667, N2 5.875.
 *
 * Normalised: z = (weighted − juror mean) / juror SD, then 5.5 + z · 9/6 = 5.5 + 1.5z.
 *   A  mean 30.875/4 = 7.71875; devs +0.78125 −0.46875 +0.90625 −1.21875
 *      var (0.610352 + 0.219727 + 0.821289 + 1.485352)/4 = 3.136719/4 = 0.784180, SD 0.885539
 *      z: N1 0.882231, N2 −0.529339, N3 1.023388, N4 −1.376280
 *      normalised: N1 6.823346, N2 4.705992, N3 7.035082, N4 3.435580
 *   B  mean 18.625/4 = 4.65625; devs +0.59375 −0.15625 +0.96875 −1.40625
 *      var (0.352539 + 0.024414 + 0.938477 + 1.977539)/4 = 3.292969/4 = 0.823242, SD 0.907327
 *      z: N1 0.654395, N2 −0.172209, N3 1.067697, N4 −1.549882
 *      normalised: N1 6.481592, N2 5.241686, N3 7.101545, N4 3.175177
 *   C  (N2 left out) mean 20.5/3 = 6.833333; devs +0.041667 −1.583333 +1.541667
 *      var (0.001736 + 2.506944 + 2.376736)/3 = 4.885417/3 = 1.628472, SD 1.276116
 *      z: N1 0.032651, N3 −1.240744, N4 1.208093
 *      normalised: N1 5.548977, N3 3.638884, N4 7.312139
 *   Per nomination (mean, population SD of the normalised scores):
 *   N1  (6.823346 + 6.481592 + 5.548977)/3 = 6.284638   SD 0.538577
 *   N2  (4.705992 + 5.241686)/2            = 4.973839   SD 0.267847
 *   N3  (7.035082 + 7.101545 + 3.638884)/3 = 5.925170   SD 1.616876
 *   N4  (3.435580 + 3.175177 + 7.312139)/3 = 4.640965   SD 1.891795 → disagreement
 *   Normalised ranking: N1, N3, N2, N4. N2 moves up: its raw mean lacked the
 *   lenient juror C, who recused; normalisation takes C's leniency out.
 */
const criteria = [
  { id: "impact", weight: 2 },
  { id: "originality", weight: 3 },
  { id: "inclusion", weight: 2 },
  { id: "continuity", weight: 1 },
];
const sheet = (jurorId: string, nominationId: string, [impact, originality, inclusion, continuity]: number[]): ScoreSheetInput => ({
  jurorId,
  nominationId,
  status: "submitted",
  scores: { impact, originality, inclusion, continuity },
});
const example: ScoreCategoryOptions = {
  criteria,
  scale: { min: 1, max: 10 },
  nominationIds: ["n1", "n2", "n3", "n4"],
  sheets: [
    sheet("a", "n1", [8, 9, 8, 9]),
    sheet("a", "n2", [7, 8, 7, 6]),
    sheet("a", "n3", [9, 9, 8, 8]),
    sheet("a", "n4", [6, 7, 6, 7]),
    sheet("b", "n1", [5, 6, 5, 4]),
    sheet("b", "n2", [4, 5, 4, 5]),
    sheet("b", "n3", [6, 5, 6, 6]),
    sheet("b", "n4", [3, 4, 3, 2]),
    sheet("c", "n1", [7, 7, 6, 8]),
    sheet("c", "n2", [10, 10, 10, 10]),
    sheet("c", "n3", [5, 6, 5, 4]),
    sheet("c", "n4", [8, 8, 9, 9]),
  ],
  conflicts: [{ jurorId: "c", nominationId: "n2" }],
  rankBy: "raw",
};

describe("scoreCategory: worked example", () => {
  const result = scoreCategory(example);
  const byId = (id: string) => result.nominations.find((n) => n.nominationId === id)!;

  it("weights each sheet and leaves the conflicted juror's sheet out", () => {
    const weighted = Object.fromEntries(result.sheets.map((s) => [`${s.jurorId}/${s.nominationId}`, s.weighted]));
    expect(weighted).toEqual({
      "a/n1": 8.5, "a/n2": 7.25, "a/n3": 8.625, "a/n4": 6.5,
      "b/n1": 5.25, "b/n2": 4.5, "b/n3": 5.625, "b/n4": 3.25,
      "c/n1": 6.875, "c/n3": 5.25, "c/n4": 8.375,
    });
    expect(result.excluded).toEqual([{ jurorId: "c", nominationId: "n2", reason: "conflict" }]);
    expect(byId("n2").recusedJurorIds).toEqual(["c"]);
    expect(byId("n1").recusedJurorIds).toEqual([]);
  });

  it("matches the hand-computed raw means, spreads and disagreement flags", () => {
    const expected = { n1: [3, 6.875, 1.326807, false], n2: [2, 5.875, 1.375, false], n3: [3, 6.5, 1.510381, false], n4: [3, 6.041667, 2.117224, true] } as const;
    for (const [id, [count, mean, sd, disagreement]] of Object.entries(expected)) {
      const n = byId(id);
      expect(n.count).toBe(count);
      expect(n.raw!.mean).toBeCloseTo(mean, 4);
      expect(n.raw!.sd).toBeCloseTo(sd, 4);
      expect(n.raw!.disagreement).toBe(disagreement);
    }
  });

  it("matches the hand-computed normalised scores per sheet and per nomination", () => {
    const expectedSheets = {
      "a/n1": 6.823346, "a/n2": 4.705992, "a/n3": 7.035082, "a/n4": 3.43558,
      "b/n1": 6.481592, "b/n2": 5.241686, "b/n3": 7.101545, "b/n4": 3.175177,
      "c/n1": 5.548977, "c/n3": 3.638884, "c/n4": 7.312139,
    };
    for (const s of result.sheets) expect(s.normalised).toBeCloseTo(expectedSheets[`${s.jurorId}/${s.nominationId}` as keyof typeof expectedSheets], 4);
    expect(result.sheets.find((s) => s.jurorId === "a" && s.nominationId === "n4")!.z).toBeCloseTo(-1.37628, 4);

    const expected = { n1: [6.284638, 0.538577, false], n2: [4.973839, 0.267847, false], n3: [5.92517, 1.616876, false], n4: [4.640965, 1.891795, true] } as const;
    for (const [id, [mean, sd, disagreement]] of Object.entries(expected)) {
      expect(byId(id).normalised!.mean).toBeCloseTo(mean, 4);
      expect(byId(id).normalised!.sd).toBeCloseTo(sd, 4);
      expect(byId(id).normalised!.disagreement).toBe(disagreement);
    }
  });

  it("ranks by raw mean, or by normalised mean when the programme asks for it", () => {
    expect(result.ranking.map((r) => [r.nominationId, r.rank])).toEqual([["n1", 1], ["n3", 2], ["n4", 3], ["n2", 4]]);
    const normalised = scoreCategory({ ...example, rankBy: "normalised" });
    expect(normalised.ranking.map((r) => [r.nominationId, r.rank])).toEqual([["n1", 1], ["n3", 2], ["n2", 3], ["n4", 4]]);
    expect(normalised.ranking[2].score).toBeCloseTo(4.973839, 4);
  });
});

describe("scoreCategory: edge cases", () => {
  const base = { criteria, scale: { min: 1, max: 10 }, conflicts: [], rankBy: "normalised" as const };

  it("lists every nomination unranked when no sheet was submitted", () => {
    const result = scoreCategory({ ...base, nominationIds: ["n2", "n1"], sheets: [] });
    expect(result.nominations).toEqual([
      { nominationId: "n1", count: 0, raw: null, normalised: null, recusedJurorIds: [] },
      { nominationId: "n2", count: 0, raw: null, normalised: null, recusedJurorIds: [] },
    ]);
    expect(result.ranking).toEqual([
      { nominationId: "n1", rank: null, score: null },
      { nominationId: "n2", rank: null, score: null },
    ]);
    expect(result.sheets).toEqual([]);
  });

  it("lists nominations nobody scored after the ranked ones", () => {
    const result = scoreCategory({ ...base, nominationIds: ["n1", "n2"], sheets: [sheet("a", "n2", [5, 5, 5, 5])] });
    expect(result.ranking).toEqual([
      { nominationId: "n2", rank: 1, score: 5.5 },
      { nominationId: "n1", rank: null, score: null },
    ]);
  });

  it("with one juror, ranks by that juror's scores and never flags disagreement", () => {
    const result = scoreCategory({
      ...base,
      nominationIds: ["n1", "n2", "n3"],
      sheets: [sheet("a", "n1", [2, 2, 2, 2]), sheet("a", "n2", [9, 9, 9, 9]), sheet("a", "n3", [5, 5, 5, 5])],
    });
    expect(result.ranking.map((r) => r.nominationId)).toEqual(["n2", "n3", "n1"]);
    expect(result.nominations.every((n) => n.raw!.sd === 0 && !n.raw!.disagreement)).toBe(true);
    // Weighted 2, 9, 5: mean 16/3, devs −10/3, 11/3, −1/3, population SD √((222/9)/3) = 2.867442;
    // n2: z = (11/3)/2.867442 = 1.278724 → 5.5 + 1.5 · 1.278724 = 7.418086.
    expect(result.nominations[1].normalised!.mean).toBeCloseTo(7.418086, 4);
  });

  it("ties everyone when all scores are equal", () => {
    const sheets = ["a", "b"].flatMap((j) => ["n1", "n2", "n3"].map((n) => sheet(j, n, [7, 7, 7, 7])));
    for (const rankBy of ["raw", "normalised"] as const) {
      const result = scoreCategory({ ...base, rankBy, nominationIds: ["n1", "n2", "n3"], sheets });
      expect(result.ranking.map((r) => [r.nominationId, r.rank])).toEqual([["n1", 1], ["n2", 1], ["n3", 1]]);
      expect(result.nominations.map((n) => n.normalised!.mean)).toEqual([5.5, 5.5, 5.5]);
    }
  });

  it("gives a juror with zero spread the scale's midpoint, so they do not tip the ranking", () => {
    const result = scoreCategory({
      ...base,
      nominationIds: ["n1", "n2"],
      sheets: [sheet("a", "n1", [9, 9, 9, 9]), sheet("a", "n2", [3, 3, 3, 3]), sheet("flat", "n1", [8, 8, 8, 8]), sheet("flat", "n2", [8, 8, 8, 8])],
    });
    const flat = result.sheets.filter((s) => s.jurorId === "flat");
    expect(flat.map((s) => [s.z, s.normalised])).toEqual([[0, 5.5], [0, 5.5]]);
    // Juror a: weighted 9 and 3, z = ±1 → 7 and 4.
    expect(result.nominations.map((n) => n.normalised!.mean)).toEqual([(7 + 5.5) / 2, (4 + 5.5) / 2]);
  });

  it("excludes drafts, incomplete sheets, out-of-scale scores and other categories' nominations, saying why", () => {
    const result = scoreCategory({
      ...base,
      nominationIds: ["n1"],
      sheets: [
        { ...sheet("a", "n1", [5, 5, 5, 5]), status: "draft" },
        { jurorId: "b", nominationId: "n1", status: "submitted", scores: { impact: 5, originality: 5, inclusion: 5 } },
        sheet("c", "n1", [5, 5, 11, 5]),
        sheet("d", "n9", [5, 5, 5, 5]),
        sheet("e", "n1", [4, 4, 4, 4]),
      ],
    });
    expect(result.excluded).toEqual([
      { jurorId: "a", nominationId: "n1", reason: "draft" },
      { jurorId: "b", nominationId: "n1", reason: "incomplete" },
      { jurorId: "c", nominationId: "n1", reason: "out_of_scale" },
      { jurorId: "d", nominationId: "n9", reason: "not_in_category" },
    ]);
    expect(result.nominations[0]).toMatchObject({ count: 1, raw: { mean: 4, sd: 0 } });
  });

  it("lists a recused juror even when they never opened a sheet", () => {
    const result = scoreCategory({ ...base, nominationIds: ["n1"], sheets: [], conflicts: [{ jurorId: "z", nominationId: "n1" }, { jurorId: "y", nominationId: "n1" }] });
    expect(result.nominations[0].recusedJurorIds).toEqual(["y", "z"]);
  });

  it("refuses a category set up wrongly or two sheets from one juror for one nomination", () => {
    expect(() => scoreCategory({ ...base, nominationIds: [], sheets: [], criteria: [] })).toThrow(RangeError);
    expect(() => scoreCategory({ ...base, nominationIds: [], sheets: [], criteria: [{ id: "x", weight: 0 }] })).toThrow(RangeError);
    expect(() => scoreCategory({ ...base, nominationIds: [], sheets: [], scale: { min: 5, max: 5 } })).toThrow(RangeError);
    expect(() => scoreCategory({ ...base, nominationIds: ["n1"], sheets: [sheet("a", "n1", [1, 1, 1, 1]), sheet("a", "n1", [2, 2, 2, 2])] })).toThrow(RangeError);
  });
});
