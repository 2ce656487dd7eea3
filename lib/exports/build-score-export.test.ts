import { describe, expect, it } from "vitest";
import { anonymousNumbers } from "@/lib/exports/anonymous-labels";
import { rankingRows, scoreRows, type ScoreExportInput, type ScoreExportText } from "@/lib/exports/build-score-export";
import { toCsv } from "@/lib/exports/csv";
import { scoreCategory } from "@/lib/scoring/score-category";
import type { ScoreSheetInput } from "@/lib/scoring/types";

const text: ScoreExportText = {
  columns: { nomination: "Nomination", juror: "Juror", criterion: "Criterion", weight: "Weight", score: "Score", rank: "Rank", mean: "Mean", sd: "SD", count: "Count" },
  nomination: (n) => `Nomination ${n}`,
  juror: (n) => `Juror ${n}`,
};

const criteria = [
  { id: "c-impact", name: "Impact", weight: 2 },
  { id: "c-reach", name: "=Reach", weight: 1 },
];
const nominations = [
  { id: "n-b", title: "Bea's Book Club" },
  { id: "n-a", title: "Ali Example" },
];
const jurors = [{ id: "u-zed" }, { id: "u-amy" }, { id: "u-kim" }];
const sheet = (jurorId: string, nominationId: string, impact: number, reach: number, status: "draft" | "submitted" = "submitted"): ScoreSheetInput => ({
  jurorId,
  nominationId,
  status,
  scores: { "c-impact": impact, "c-reach": reach },
});

function input(blind: boolean): ScoreExportInput {
  const sheets = [sheet("u-amy", "n-a", 8, 5), sheet("u-zed", "n-a", 6, 9), sheet("u-amy", "n-b", 4, 4), sheet("u-kim", "n-b", 9, 9), sheet("u-zed", "n-b", 7, 7, "draft")];
  const conflicts = [{ jurorId: "u-kim", nominationId: "n-b" }];
  const result = scoreCategory({ criteria, scale: { min: 1, max: 10 }, nominationIds: nominations.map((n) => n.id), sheets, conflicts, rankBy: "raw" });
  return { categoryId: "cat-1", criteria, nominations, jurors, sheets, result, blind, rankBy: "raw" };
}

const numbers = anonymousNumbers("cat-1", jurors.map((j) => j.id));
const label = (jurorId: string) => `Juror ${numbers.get(jurorId)}`;

describe("scoreRows", () => {
  it("lists every counted sheet once per criterion, in the jury list's order, then by juror number", () => {
    const ali = (
      [
        ["u-amy", 8, 5],
        ["u-zed", 6, 9],
      ] as const
    )
      .slice()
      .sort((a, b) => numbers.get(a[0])! - numbers.get(b[0])!)
      .flatMap(([juror, impact, reach]) => [
        ["Ali Example", label(juror), "Impact", 2, impact],
        ["Ali Example", label(juror), "=Reach", 1, reach],
      ]);
    expect(scoreRows(input(false), text)).toEqual([
      ["Nomination", "Juror", "Criterion", "Weight", "Score"],
      ["Bea's Book Club", label("u-amy"), "Impact", 2, 4],
      ["Bea's Book Club", label("u-amy"), "=Reach", 1, 4],
      ...ali,
    ]);
    expect(new Set(jurors.map((j) => label(j.id))).size).toBe(3);
  });

  it("numbers nominations as the jury list does instead of naming them in blind mode", () => {
    const rows = scoreRows(input(true), text);
    expect(rows.map((r) => r[0])).toEqual(["Nomination", "Nomination 1", "Nomination 1", "Nomination 2", "Nomination 2", "Nomination 2", "Nomination 2"]);
    expect(toCsv(rows)).not.toMatch(/Ali|Bea/);
  });

  it("never names a juror and guards a formula-like criterion name", () => {
    const csv = toCsv(scoreRows(input(false), text));
    expect(csv).not.toMatch(/u-amy|u-zed|u-kim/);
    expect(csv).toContain(",'=Reach,");
  });
});

describe("rankingRows", () => {
  it("ranks by the programme's basis with mean, spread and count", () => {
    // Ali: (2·8+5)/3 = 7 and (2·6+9)/3 = 7 → mean 7, SD 0; Bea: (2·4+4)/3 = 4 from one sheet (the conflicted one and the draft do not count).
    expect(rankingRows(input(false), text)).toEqual([
      ["Rank", "Nomination", "Mean", "SD", "Count"],
      [1, "Ali Example", 7, 0, 2],
      [2, "Bea's Book Club", 4, 0, 1],
    ]);
    expect(rankingRows(input(true), text)[1][1]).toBe("Nomination 2");
  });
});
