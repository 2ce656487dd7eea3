import { createHash } from "node:crypto";
import { normaliseReceiptCode, receiptHash } from "@/lib/voting/tally/receipt-code";
import { RecountFileError, ZRecountHeader, ZRecountLine, type TRecountHeader, type TRecountLine } from "@/lib/voting/tally/recount-format";
import { tallyVotes, type CategoryTally } from "@/lib/voting/tally/tally-category";

type CategoryLine = Extract<TRecountLine, { type: "category" }>;

export interface RecountFileSection {
  claimed: CategoryLine;
  /** Counted ballots as listed: receipt hash → finalist id. */
  ballots: Map<string, string>;
  quarantined: Set<string>;
}

export interface ParsedRecountFile {
  header: TRecountHeader;
  categories: RecountFileSection[];
}

function parseJson(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RecountFileError(line, "not a JSON object");
  }
}

/**
 * Reads a recount file and checks its form: the header, the body checksum, a
 * category line before its ballots, finalists that exist, receipt hashes in
 * order and never twice. Throws RecountFileError on the first problem. Whether
 * the counts add up is the recount's question, not this one's.
 */
export function parseRecountFile(fileText: string): ParsedRecountFile {
  const newline = fileText.indexOf("\n");
  if (newline < 0) throw new RecountFileError(0, "no header line");
  const header = ZRecountHeader.safeParse(parseJson(fileText.slice(0, newline), 1));
  if (!header.success) throw new RecountFileError(1, "not a laurel-recount version 1 header");
  const body = fileText.slice(newline + 1);
  if (createHash("sha256").update(body, "utf8").digest("hex") !== header.data.bodySha256) {
    throw new RecountFileError(0, "the body does not match the checksum in the header (the file was changed or damaged)");
  }
  if (body !== "" && !body.endsWith("\n")) throw new RecountFileError(0, "the last line does not end with a newline");

  const categories: RecountFileSection[] = [];
  const allHashes = new Set<string>();
  let current: RecountFileSection | undefined;
  let finalists = new Set<string>();
  let previousHash = "";
  let inQuarantined = false;
  body.split("\n").slice(0, -1).forEach((text, i) => {
    const lineNo = i + 2;
    const parsed = ZRecountLine.safeParse(parseJson(text, lineNo));
    if (!parsed.success) throw new RecountFileError(lineNo, "not a category, ballot or quarantined line");
    const line = parsed.data;
    if (line.type === "category") {
      if (categories.some((c) => c.claimed.categoryId === line.categoryId)) throw new RecountFileError(lineNo, `category ${line.categoryId} appears twice`);
      finalists = new Set(line.finalists.map((f) => f.id));
      if (finalists.size !== line.finalists.length) throw new RecountFileError(lineNo, "a finalist is listed twice");
      current = { claimed: line, ballots: new Map(), quarantined: new Set() };
      categories.push(current);
      previousHash = "";
      inQuarantined = false;
      return;
    }
    if (!current || line.categoryId !== current.claimed.categoryId) throw new RecountFileError(lineNo, "a ballot outside its category's section");
    if (line.type === "ballot" && inQuarantined) throw new RecountFileError(lineNo, "a counted ballot after the quarantined ones");
    if (line.type === "quarantined" && !inQuarantined) {
      inQuarantined = true;
      previousHash = "";
    }
    if (line.receiptHash <= previousHash) throw new RecountFileError(lineNo, "receipt hashes are not in ascending order");
    if (allHashes.has(line.receiptHash)) throw new RecountFileError(lineNo, `receipt hash ${line.receiptHash} appears twice`);
    allHashes.add(line.receiptHash);
    previousHash = line.receiptHash;
    if (line.type === "quarantined") {
      current.quarantined.add(line.receiptHash);
    } else {
      if (!finalists.has(line.finalistId)) throw new RecountFileError(lineNo, `${line.finalistId} is not a finalist of this category`);
      current.ballots.set(line.receiptHash, line.finalistId);
    }
  });
  return { header: header.data, categories };
}

export interface RecountedCategory {
  categoryId: string;
  categoryName: string;
  /** Counted from the ballot lines alone. */
  tally: CategoryTally;
}

export interface Recount {
  programmeSlug: string;
  categories: RecountedCategory[];
  /** Where the file's own totals disagree with its ballot lines. Empty for a file as the app writes it. */
  discrepancies: string[];
}

/** Recounts every category of a recount file from its ballot lines and compares with the totals the file states. */
export function recount(fileText: string): Recount {
  const { header, categories } = parseRecountFile(fileText);
  const discrepancies: string[] = [];
  const recounted = categories.map(({ claimed, ballots, quarantined }) => {
    const tally = tallyVotes(claimed.finalists.map((f) => f.id), [...ballots.values()], quarantined.size);
    const name = `category ${claimed.categoryId}`;
    if (claimed.counted !== tally.counted) discrepancies.push(`${name}: states ${claimed.counted} counted ballots, lists ${tally.counted}`);
    if (claimed.quarantined !== tally.quarantined) discrepancies.push(`${name}: states ${claimed.quarantined} quarantined ballots, lists ${tally.quarantined}`);
    tally.finalists.forEach((f, i) => {
      const stated = claimed.finalists[i];
      if (!stated || stated.id !== f.finalistId || stated.votes !== f.votes || stated.rank !== f.rank) {
        discrepancies.push(`${name}: the recount puts ${f.finalistId} at rank ${f.rank} with ${f.votes} votes; the file states otherwise`);
      }
    });
    return { categoryId: claimed.categoryId, categoryName: claimed.categoryName, tally };
  });
  const sum = (pick: (c: RecountedCategory) => number) => recounted.reduce((total, c) => total + pick(c), 0);
  if (header.categories !== recounted.length) discrepancies.push(`the header states ${header.categories} categories, the file has ${recounted.length}`);
  if (header.counted !== sum((c) => c.tally.counted)) discrepancies.push(`the header states ${header.counted} counted ballots, the categories list ${sum((c) => c.tally.counted)}`);
  if (header.quarantined !== sum((c) => c.tally.quarantined)) {
    discrepancies.push(`the header states ${header.quarantined} quarantined ballots, the categories list ${sum((c) => c.tally.quarantined)}`);
  }
  return { programmeSlug: header.programme, categories: recounted, discrepancies };
}

export type ReceiptCheck =
  | { status: "counted"; finalistId: string; publicName: string }
  | { status: "quarantined" }
  | { status: "not_found" }
  | { status: "invalid_code" };

/** What a voter's receipt code shows in the published file: counted (and for whom), quarantined, or absent. */
export function receiptInFile(fileText: string, receiptCode: string, categoryId: string): ReceiptCheck {
  if (normaliseReceiptCode(receiptCode) === null) return { status: "invalid_code" };
  const section = parseRecountFile(fileText).categories.find((c) => c.claimed.categoryId === categoryId);
  if (!section) return { status: "not_found" };
  const hash = receiptHash(receiptCode, categoryId);
  const finalistId = section.ballots.get(hash);
  if (finalistId !== undefined) return { status: "counted", finalistId, publicName: section.claimed.finalists.find((f) => f.id === finalistId)!.publicName };
  return section.quarantined.has(hash) ? { status: "quarantined" } : { status: "not_found" };
}
