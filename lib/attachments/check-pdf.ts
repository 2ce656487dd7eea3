// Is this PDF safe to hand to an organiser's PDF reader? Refuses anything that
// can act on its own: scripts (/JavaScript, /JS), launching programs, embedded
// files, Flash/3D (/RichMedia), XFA forms, form submission and remote links,
// and actions run on opening (/OpenAction other than "show this page", /AA).
// Ordinary web links (/URI in link annotations) stay: people click them.
// Names are matched after undoing #xx escapes ("/J#61vaScript"), in the raw
// file AND inside compressed streams, so an object stream cannot hide them.
// Encrypted files cannot be checked, so they are refused as unreadable.
import { UPLOAD_LIMITS } from "@/lib/attachments/upload-limits";
import { StreamTooLarge, decodeStream, type InflateBudget } from "@/lib/attachments/pdf-filters";
import { decodeName, nameOf, numberOf, parseValue, skipSpace, type PdfDict, type PdfValue } from "@/lib/attachments/pdf-syntax";
import { findStreams } from "@/lib/attachments/pdf-streams";

export type PdfRefusal = "pdf_active_content" | "unreadable";

/** Refused wherever they appear. Long enough that compressed data does not spell them by chance. */
const REFUSED_NAMES = new Set([
  "JavaScript",
  "Launch",
  "EmbeddedFile",
  "EmbeddedFiles",
  "SubmitForm",
  "ImportData",
  "GoToR",
  "GoToE",
  "Rendition",
  "Movie",
]);
const REFUSED_PREFIXES = ["RichMedia"];

type ValueKind = "dict" | "string" | "array" | "ref" | "other";

/** Short keys count only when followed by the kind of value they take (random bytes rarely are). */
const REFUSED_WITH_VALUE: Record<string, ValueKind[]> = {
  JS: ["string", "ref"],
  AA: ["dict", "ref"],
  XFA: ["array", "ref"],
};

const NAME = /\/([^\x00\t\n\f\r ()<>[\]{}/%]*)/g;
const REF = /^\d+[\x00\t\n\f\r ]+\d+[\x00\t\n\f\r ]+R(?![^\x00\t\n\f\r ()<>[\]{}/%])/;
const MAX_STREAMS = 10_000;
/** A document opens once; a file with many opening actions is not a document. */
const MAX_OPEN_ACTIONS = 16;

function valueKind(text: string, pos: number): { kind: ValueKind; at: number } {
  const at = skipSpace(text, pos);
  if (text.startsWith("<<", at)) return { kind: "dict", at };
  if (text[at] === "(" || text[at] === "<") return { kind: "string", at };
  if (text[at] === "[") return { kind: "array", at };
  return { kind: REF.test(text.slice(at, at + 40)) ? "ref" : "other", at };
}

interface Scan {
  active: boolean;
  encrypted: boolean;
  /** Targets of "/OpenAction n g R", which may be a harmless page destination. */
  openActionRefs: string[];
}

function scanNames(text: string, scan: Scan): void {
  for (const match of text.matchAll(NAME)) {
    const name = decodeName(match[1]);
    const after = match.index + match[0].length;
    if (REFUSED_NAMES.has(name) || REFUSED_PREFIXES.some((p) => name.startsWith(p))) scan.active = true;
    else if (name in REFUSED_WITH_VALUE) {
      if (REFUSED_WITH_VALUE[name].includes(valueKind(text, after).kind)) scan.active = true;
    } else if (name === "Encrypt") {
      if (["dict", "ref"].includes(valueKind(text, after).kind)) scan.encrypted = true;
    } else if (name === "OpenAction") {
      const { kind, at } = valueKind(text, after);
      if (kind === "ref") scan.openActionRefs.push(refKey(text, at));
      else if (!opensAPage(parseValue(text, at)?.value)) scan.active = true;
    }
    if (scan.active) return;
  }
}

/**
 * What a document may do when it opens: show a page, given as a destination
 * array or a plain /GoTo action (LaTeX's hyperref writes the latter). Any
 * other action, or a GoTo that chains to /Next actions, is refused.
 */
function opensAPage(value: PdfValue | undefined): boolean {
  if (value?.type === "array") return true;
  return value?.type === "dict" && nameOf(value.entries.get("S")) === "GoTo" && !value.entries.has("Next");
}

function refKey(text: string, at: number): string {
  const [num, gen] = text.slice(at, at + 40).split(/[\x00\t\n\f\r ]+/);
  return `${Number(num)} ${Number(gen)}`;
}

/** Where each object starts: "n g obj" in the file, and the index at the head of each object stream. */
function objectStarts(text: string, objectStreams: { text: string; dict: PdfDict }[]): Map<string, { text: string; at: number }[]> {
  const starts = new Map<string, { text: string; at: number }[]>();
  const add = (key: string, where: { text: string; at: number }) => starts.set(key, [...(starts.get(key) ?? []), where]);
  for (const m of text.matchAll(/(?<![0-9])(\d+)[\x00\t\n\f\r ]+(\d+)[\x00\t\n\f\r ]+obj(?![^\x00\t\n\f\r ()<>[\]{}/%])/g)) {
    add(`${Number(m[1])} ${Number(m[2])}`, { text, at: m.index + m[0].length });
  }
  for (const stream of objectStreams) {
    const first = numberOf(stream.dict.entries.get("First")) ?? 0;
    const header = stream.text.slice(0, first).trim().split(/[\x00\t\n\f\r ]+/).map(Number);
    for (let i = 0; i + 1 < header.length; i += 2) add(`${header[i]} 0`, { text: stream.text, at: first + header[i + 1] });
  }
  return starts;
}

export function checkPdf(bytes: Buffer, limits = UPLOAD_LIMITS): PdfRefusal | null {
  const text = bytes.toString("latin1");
  if (!text.startsWith("%PDF-") || !text.includes("%%EOF")) return "unreadable";
  const streams = findStreams(text, MAX_STREAMS);
  if (!streams) return "unreadable";

  const scan: Scan = { active: false, encrypted: false, openActionRefs: [] };
  scanNames(text, scan);
  const budget: InflateBudget = { perStream: limits.pdfMaxInflatedStreamBytes, remaining: limits.pdfMaxInflatedTotalBytes };
  const objectStreams: { text: string; dict: PdfDict }[] = [];
  for (const stream of streams) {
    if (scan.active) break;
    const dict = stream.dict;
    // Unfiltered data was read with the raw file already.
    if (dict && !dict.entries.has("Filter")) continue;
    // Object streams (a reader only needs /First and /N) must be read; images never hold objects.
    const isObjectStream = Boolean(dict?.entries.has("First"));
    if (!isObjectStream && nameOf(dict?.entries.get("Subtype")) === "Image") continue;
    const guess: PdfDict = { type: "dict", entries: new Map([["Filter", { type: "name", value: "FlateDecode" }]]) };
    let decoded: string;
    try {
      decoded = decodeStream(bytes.subarray(stream.start, stream.end), dict ?? guess, budget).toString("latin1");
    } catch (error) {
      // Too much to unpack is refused (a decompression bomb, or too big to check);
      // an object stream we cannot read might hide anything.
      if (error instanceof StreamTooLarge || isObjectStream) return "unreadable";
      continue;
    }
    scanNames(decoded, scan);
    if (isObjectStream && dict) objectStreams.push({ text: decoded, dict });
  }
  if (scan.active) return "pdf_active_content";
  if (scan.encrypted) return "unreadable";

  if (scan.openActionRefs.length > MAX_OPEN_ACTIONS) return "pdf_active_content";
  if (scan.openActionRefs.length > 0) {
    const starts = objectStarts(text, objectStreams);
    for (const ref of scan.openActionRefs) {
      const targets = starts.get(ref) ?? [];
      // Every definition (incremental updates may redefine it) must just show a page.
      const allDestinations = targets.length > 0 && targets.every((t) => opensAPage(parseValue(t.text, t.at)?.value));
      if (!allDestinations) return "pdf_active_content";
    }
  }
  return null;
}
