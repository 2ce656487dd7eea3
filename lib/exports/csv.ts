// RFC 4180 CSV for exports people open in a spreadsheet. Text that starts like
// a formula (= + - @, or a tab or carriage return a spreadsheet may skip) gets a
// leading apostrophe, so a nomination titled "=HYPERLINK(...)" stays text.
// Numbers are written by us, never typed by anyone, so they are left as they are.

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: formula-guarded when it is text, quoted when it contains a quote, comma or line break. */
export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** Rows joined with CRLF, as RFC 4180 and spreadsheet programs expect; ends with a line break. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => row.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** Rounds for display in an export: enough digits to check by hand, no float noise. */
export function roundForExport(value: number, digits = 4): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
