// Reading the organiser's list of eligible voters: pasted text or a CSV export,
// one address per line. Pure: the addresses are only normalised here; hashing
// them (and forgetting them) is replace-allow-list.ts's job.
import { normaliseVoterEmail } from "@/lib/voting/identity/normalise-voter-email";

export const MAX_ALLOW_LIST_LINES = 20_000;
/** Enough line numbers to find the problems; the total is reported as well. */
export const MAX_INVALID_LINES_LISTED = 100;

export interface ParsedAllowList {
  /** Canonical addresses, each once. */
  emails: string[];
  /** 1-based numbers of the lines that hold no plausible address, the first MAX_INVALID_LINES_LISTED of them. */
  invalidLines: number[];
  invalidCount: number;
  /** Lines whose address (after normalisation) was already on the list. */
  duplicates: number;
  tooLong: boolean;
}

/** A spreadsheet's first column, without the quotes a CSV export may put around it. */
function firstCell(line: string): string {
  const cell = line.split(/[,;\t]/)[0].trim();
  return cell.length >= 2 && cell.startsWith('"') && cell.endsWith('"') ? cell.slice(1, -1).trim() : cell;
}

/** Empty lines are skipped, and a first line that is a column heading ("email", "E-Mail-Adresse"…) is not an error. */
export function parseAllowList(text: string): ParsedAllowList {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  const seen = new Set<string>();
  const invalidLines: number[] = [];
  let invalidCount = 0;
  let duplicates = 0;
  const tooLong = lines.length > MAX_ALLOW_LIST_LINES;
  lines.slice(0, MAX_ALLOW_LIST_LINES).forEach((line, i) => {
    const cell = firstCell(line);
    if (cell === "") return;
    const email = normaliseVoterEmail(cell);
    if (email === null) {
      if (i === 0 && /^e-?mail/i.test(cell)) return;
      invalidCount++;
      if (invalidLines.length < MAX_INVALID_LINES_LISTED) invalidLines.push(i + 1);
      return;
    }
    if (seen.has(email)) duplicates++;
    else seen.add(email);
  });
  return { emails: [...seen], invalidLines, invalidCount, duplicates, tooLong };
}
