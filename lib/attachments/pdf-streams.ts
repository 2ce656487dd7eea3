// Finds every stream in a PDF: each "stream" keyword anywhere in the file,
// with the dictionary in front of it when that can be read. Looking for the
// keyword (rather than following the cross-reference table) means a stream
// the table does not list, or hides in an incremental update, is still found.
import { isWhitespace, numberOf, parseValue, skipSpace, type PdfDict } from "@/lib/attachments/pdf-syntax";

export interface PdfStream {
  /** null when the dictionary in front of the keyword could not be read. */
  dict: PdfDict | null;
  /** Offsets of the raw (still filtered) data in the file. */
  start: number;
  end: number;
}

const STREAM_KEYWORD = /stream(?:\r\n|\n|\r)/g;
/** How far back to look for the "obj" that starts a stream's object. */
const MAX_DICT_LOOKBACK = 16 * 1024;

/** Reads the dictionary that ends right before `keyword`, if there is one. */
function dictBefore(text: string, keyword: number): PdfDict | null {
  let close = keyword - 1;
  while (close >= 0 && isWhitespace(text[close])) close--;
  if (text.slice(close - 1, close + 1) !== ">>") return null;
  // Only a bounded window is read, so many streams cannot make the work quadratic.
  const window = text.slice(Math.max(0, close + 1 - MAX_DICT_LOOKBACK), close + 1);
  const tryAt = (from: number): PdfDict | null => {
    const parsed = parseValue(window, from);
    return parsed && parsed.value.type === "dict" && parsed.end === window.length ? parsed.value : null;
  };
  // Usually "12 0 obj <<...>>": parse from after the nearest "obj".
  const obj = window.lastIndexOf("obj");
  if (obj >= 0) {
    const found = tryAt(obj + 3);
    if (found) return found;
  }
  // Otherwise balance "<<" and ">>" backwards from the end.
  let depth = 0;
  for (let i = window.length - 2; i >= 0; i--) {
    if (window.startsWith(">>", i)) {
      depth++;
      i--;
    } else if (window.startsWith("<<", i)) {
      if (--depth === 0) return tryAt(i);
      i--;
    }
  }
  return null;
}

/** Where the data ends: at /Length when "endstream" follows there, else at the next "endstream". */
function dataEnd(text: string, start: number, dict: PdfDict | null, endstreams: number[]): number {
  const length = numberOf(dict?.entries.get("Length"));
  if (length !== null && Number.isInteger(length) && length >= 0 && start + length <= text.length) {
    if (text.startsWith("endstream", skipSpace(text, start + length))) return start + length;
  }
  const end = firstAtOrAfter(endstreams, start);
  if (end === undefined) return text.length;
  // The end-of-line before "endstream" is not part of the data.
  if (text.startsWith("\r\n", end - 2)) return end - 2;
  return text[end - 1] === "\n" || text[end - 1] === "\r" ? end - 1 : end;
}

/** The first of the sorted `positions` at or after `from` (binary search: files may hold thousands). */
function firstAtOrAfter(positions: number[], from: number): number | undefined {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return positions[lo];
}

/** Every stream, or null when there are more than `maxStreams` (no genuine document needs that many). */
export function findStreams(text: string, maxStreams: number): PdfStream[] | null {
  const streams: PdfStream[] = [];
  const endstreams = [...text.matchAll(/endstream/g)].map((m) => m.index);
  for (const match of text.matchAll(STREAM_KEYWORD)) {
    if (streams.length >= maxStreams) return null;
    const keyword = match.index;
    // "endstream" and words merely ending in "stream" are not the keyword.
    const before = text[keyword - 1];
    if (keyword > 0 && !isWhitespace(before) && before !== ">") continue;
    const dict = dictBefore(text, keyword);
    const start = keyword + match[0].length;
    streams.push({ dict, start, end: Math.max(start, dataEnd(text, start, dict, endstreams)) });
  }
  return streams;
}
