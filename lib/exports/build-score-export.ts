import { anonymousNumbers } from "@/lib/exports/anonymous-labels";
import { roundForExport, type CsvValue } from "@/lib/exports/csv";
import type { CategoryScores } from "@/lib/scoring/score-category";
import type { ScoreSheetInput } from "@/lib/scoring/types";

// The rows of a category's score export, from the same loaded data and
// scoreCategory result the shortlist page shows. Pure, so what leaves the
// system (no names, no emails) is tested without a database.

export interface ScoreExportInput {
  /** Juror numbers are stable per category. */
  categoryId: string;
  criteria: readonly { id: string; name: string; weight: number }[];
  /** In the jury list's order, so "Nomination 3" here is the nomination jurors see as number 3 in blind mode. */
  nominations: readonly { id: string; title: string }[];
  jurors: readonly { id: string }[];
  sheets: readonly ScoreSheetInput[];
  result: Pick<CategoryScores, "nominations" | "ranking" | "sheets">;
  /** The programme's blind mode: nominations are numbered, not named. */
  blind: boolean;
  rankBy: "raw" | "normalised";
}

export interface ScoreExportText {
  columns: { nomination: string; juror: string; criterion: string; weight: string; score: string; rank: string; mean: string; sd: string; count: string };
  nomination: (number: number) => string;
  juror: (number: number) => string;
}

const listNumbers = (nominations: ScoreExportInput["nominations"]) => new Map(nominations.map((n, i) => [n.id, i + 1]));

function nominationLabeller(input: ScoreExportInput, text: ScoreExportText): (id: string) => string {
  const numbers = listNumbers(input.nominations);
  const titles = new Map(input.nominations.map((n) => [n.id, n.title]));
  return (id) => (input.blind ? undefined : titles.get(id)) ?? text.nomination(numbers.get(id) ?? 0);
}

/**
 * One row per counted sheet and criterion. Jurors appear as "Juror 1",
 * "Juror 2"… (see anonymousNumbers); only sheets that count in the ranking are listed (not drafts,
 * not those of a conflicted juror), so the file adds up to the ranking.
 */
export function scoreRows(input: ScoreExportInput, text: ScoreExportText): CsvValue[][] {
  const c = text.columns;
  const jurorNumbers = anonymousNumbers(input.categoryId, [...input.jurors.map((j) => j.id), ...input.result.sheets.map((s) => s.jurorId)]);
  const nomination = nominationLabeller(input, text);
  const byKey = new Map(input.sheets.map((s) => [`${s.nominationId}\u0000${s.jurorId}`, s]));
  const order = listNumbers(input.nominations);
  const counted = [...input.result.sheets].sort(
    (a, b) => (order.get(a.nominationId) ?? 0) - (order.get(b.nominationId) ?? 0) || (jurorNumbers.get(a.jurorId) ?? 0) - (jurorNumbers.get(b.jurorId) ?? 0),
  );

  const rows: CsvValue[][] = [[c.nomination, c.juror, c.criterion, c.weight, c.score]];
  for (const entry of counted) {
    const sheet = byKey.get(`${entry.nominationId}\u0000${entry.jurorId}`);
    if (!sheet) continue;
    for (const criterion of input.criteria) {
      rows.push([nomination(entry.nominationId), text.juror(jurorNumbers.get(entry.jurorId) ?? 0), criterion.name, criterion.weight, sheet.scores[criterion.id]]);
    }
  }
  return rows;
}

/** The ranking as the shortlist uses it: rank (ties share one), mean and spread on the programme's basis, and how many sheets counted. */
export function rankingRows(input: ScoreExportInput, text: ScoreExportText): CsvValue[][] {
  const c = text.columns;
  const nomination = nominationLabeller(input, text);
  const summaries = new Map(input.result.nominations.map((n) => [n.nominationId, n]));
  const rows: CsvValue[][] = [[c.rank, c.nomination, c.mean, c.sd, c.count]];
  for (const entry of input.result.ranking) {
    const score = summaries.get(entry.nominationId);
    const summary = score?.[input.rankBy] ?? null;
    rows.push([
      entry.rank,
      nomination(entry.nominationId),
      summary ? roundForExport(summary.mean) : null,
      summary ? roundForExport(summary.sd) : null,
      score?.count ?? 0,
    ]);
  }
  return rows;
}
