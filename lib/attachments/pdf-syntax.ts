// Just enough of PDF's object syntax to read the dictionaries in front of
// streams and the objects an /OpenAction points to. PDF bytes are read as
// latin1 text so every byte is one character. Pure and bounded: no recursion
// deeper than MAX_DEPTH, no object longer than the input.

export type PdfValue =
  | { type: "name"; value: string }
  | { type: "number"; value: number }
  | { type: "string" }
  | { type: "array"; items: PdfValue[] }
  | { type: "dict"; entries: Map<string, PdfValue> }
  | { type: "ref"; num: number; gen: number }
  | { type: "keyword"; value: string };

export type PdfDict = Extract<PdfValue, { type: "dict" }>;

const MAX_DEPTH = 64;
const WHITESPACE = "\x00\t\n\f\r ";
const DELIMITERS = "()<>[]{}/%";
/** Characters that end a name or keyword. */
export const NAME_END = /[\x00\t\n\f\r ()<>[\]{}/%]/;

export function isWhitespace(c: string | undefined): boolean {
  return c !== undefined && c !== "" && WHITESPACE.includes(c);
}

function isRegular(c: string | undefined): boolean {
  return c !== undefined && c !== "" && !WHITESPACE.includes(c) && !DELIMITERS.includes(c);
}

/** Names may spell any byte as #xx: "/J#61vaScript" is "/JavaScript" to a reader. */
export function decodeName(raw: string): string {
  return raw.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Skips whitespace and comments. */
export function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    if (isWhitespace(text[i])) i++;
    else if (text[i] === "%") {
      while (i < text.length && text[i] !== "\n" && text[i] !== "\r") i++;
    } else break;
  }
  return i;
}

function readRegular(text: string, i: number): number {
  while (i < text.length && isRegular(text[i])) i++;
  return i;
}

/** End of a literal string "(...)" starting at i: nested brackets balance, backslash escapes one character. */
function literalStringEnd(text: string, i: number): number {
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return -1;
}

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const REF_TAIL = /^[\x00\t\n\f\r ]+(\d+)[\x00\t\n\f\r ]+R(?=[\x00\t\n\f\r ()<>[\]{}/%]|$)/;

export interface Parsed {
  value: PdfValue;
  end: number;
}

/** Parses one object starting at `start` (after whitespace); null when the bytes are not a PDF object. */
export function parseValue(text: string, start: number, depth = 0): Parsed | null {
  if (depth > MAX_DEPTH) return null;
  let i = skipSpace(text, start);
  const c = text[i];
  if (c === undefined) return null;
  if (c === "/") {
    const end = readRegular(text, i + 1);
    return { value: { type: "name", value: decodeName(text.slice(i + 1, end)) }, end };
  }
  if (text.startsWith("<<", i)) {
    const entries = new Map<string, PdfValue>();
    i += 2;
    for (;;) {
      i = skipSpace(text, i);
      if (text.startsWith(">>", i)) return { value: { type: "dict", entries }, end: i + 2 };
      const key = parseValue(text, i, depth + 1);
      if (!key || key.value.type !== "name") return null;
      const value = parseValue(text, key.end, depth + 1);
      if (!value) return null;
      entries.set(key.value.value, value.value);
      i = value.end;
    }
  }
  if (c === "<") {
    const end = text.indexOf(">", i);
    return end < 0 ? null : { value: { type: "string" }, end: end + 1 };
  }
  if (c === "(") {
    const end = literalStringEnd(text, i);
    return end < 0 ? null : { value: { type: "string" }, end };
  }
  if (c === "[") {
    const items: PdfValue[] = [];
    i += 1;
    for (;;) {
      i = skipSpace(text, i);
      if (text[i] === "]") return { value: { type: "array", items }, end: i + 1 };
      const item = parseValue(text, i, depth + 1);
      if (!item) return null;
      items.push(item.value);
      i = item.end;
    }
  }
  const end = readRegular(text, i);
  if (end === i) return null;
  const token = text.slice(i, end);
  if (INTEGER.test(token)) {
    // "12 0 R" is a reference to object 12, generation 0.
    const ref = REF_TAIL.exec(text.slice(end, end + 32));
    if (ref) return { value: { type: "ref", num: Number(token), gen: Number(ref[1]) }, end: end + ref[0].length };
  }
  if (NUMBER.test(token)) return { value: { type: "number", value: Number(token) }, end };
  return { value: { type: "keyword", value: token }, end };
}

export function nameOf(value: PdfValue | undefined): string | null {
  return value?.type === "name" ? value.value : null;
}

export function numberOf(value: PdfValue | undefined): number | null {
  return value?.type === "number" ? value.value : null;
}
