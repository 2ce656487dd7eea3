// Undoes a PDF stream's filters so the checker can read what a PDF reader
// would read. Flate (with PNG/TIFF predictors), ASCIIHex and ASCII85 cover
// what can hide objects; image codecs end the chain (their output is pixels).
// Unpacking is capped (maxOutputLength), so a small "zip bomb" cannot take
// the server's memory.
import { constants, inflateRawSync, inflateSync } from "node:zlib";
import { nameOf, numberOf, type PdfDict, type PdfValue } from "@/lib/attachments/pdf-syntax";

/** The stream uses a filter or parameters we cannot undo. */
export class UndecodableStream extends Error {}
/** Unpacking would exceed the budget. */
export class StreamTooLarge extends Error {}

export interface InflateBudget {
  /** Most bytes one filter may produce. */
  perStream: number;
  /** Bytes read and written by all filters of one file; decreases as streams are unpacked. */
  remaining: number;
}

/** Counts `bytes` of work against the budget: streams may overlap, so each pass is paid for. */
function charge(budget: InflateBudget, bytes: number): void {
  budget.remaining -= bytes;
  if (budget.remaining < 0) throw new StreamTooLarge();
}

const IMAGE_CODECS = new Set(["DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode"]);

function asList(value: PdfValue | undefined): (PdfValue | undefined)[] {
  if (!value) return [];
  return value.type === "array" ? value.items : [value];
}

export function streamFilters(dict: PdfDict): { filter: string; parms: PdfDict | null }[] {
  // (The short forms F and DP exist only in inline images; in a stream dictionary /F names an external file.)
  const filters = asList(dict.entries.get("Filter"));
  const parms = asList(dict.entries.get("DecodeParms"));
  return filters.map((f, i) => {
    const name = nameOf(f);
    if (name === null) throw new UndecodableStream("filter is not a name");
    const p = parms[i];
    return { filter: name, parms: p?.type === "dict" ? p : null };
  });
}

function inflate(data: Buffer, budget: InflateBudget): Buffer {
  const maxOutputLength = Math.max(1, Math.min(budget.perStream, budget.remaining));
  // Z_SYNC_FLUSH: a truncated stream still yields what it holds, as readers show it.
  const options = { maxOutputLength, finishFlush: constants.Z_SYNC_FLUSH };
  for (const unpack of [inflateSync, inflateRawSync]) {
    try {
      const out = unpack(data, options);
      charge(budget, out.length);
      return out;
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError) throw new StreamTooLarge();
    }
  }
  throw new UndecodableStream("not deflate data");
}

function asciiHex(data: Buffer): Buffer {
  const text = data.toString("latin1");
  const end = text.indexOf(">");
  const digits = (end < 0 ? text : text.slice(0, end)).replace(/[\x00\t\n\f\r ]/g, "");
  if (/[^0-9A-Fa-f]/.test(digits)) throw new UndecodableStream("bad hex");
  return Buffer.from(digits.length % 2 ? digits + "0" : digits, "hex");
}

function ascii85(data: Buffer): Buffer {
  const text = data.toString("latin1");
  const end = text.indexOf("~>");
  const body = (end < 0 ? text : text.slice(0, end)).replace(/^<~/, "").replace(/[\x00\t\n\f\r ]/g, "");
  const out: number[] = [];
  let group: number[] = [];
  const flush = (chars: number[], bytes: number) => {
    let value = 0;
    for (const c of chars) value = value * 85 + c;
    for (let k = 3; k >= 4 - bytes; k--) out.push((value >>> (8 * k)) & 0xff);
  };
  for (const ch of body) {
    if (ch === "z" && group.length === 0) {
      out.push(0, 0, 0, 0);
      continue;
    }
    const code = ch.charCodeAt(0) - 33;
    if (code < 0 || code > 84) throw new UndecodableStream("bad ascii85");
    group.push(code);
    if (group.length === 5) {
      flush(group, 4);
      group = [];
    }
  }
  if (group.length > 1) flush([...group, ...Array(5 - group.length).fill(84)], group.length - 1);
  return Buffer.from(out);
}

/** Reverses PNG (10-15) and 8-bit TIFF (2) predictors, which reshuffle bytes after inflating. */
function unpredict(data: Buffer, parms: PdfDict | null): Buffer {
  const predictor = numberOf(parms?.entries.get("Predictor")) ?? 1;
  if (predictor === 1) return data;
  const colors = numberOf(parms?.entries.get("Colors")) ?? 1;
  const bpc = numberOf(parms?.entries.get("BitsPerComponent")) ?? 8;
  const columns = numberOf(parms?.entries.get("Columns")) ?? 1;
  if (![colors, bpc, columns].every((n) => Number.isInteger(n) && n > 0 && n <= 1 << 20)) throw new UndecodableStream("bad predictor");
  const bpp = Math.max(1, Math.ceil((colors * bpc) / 8));
  const rowLength = Math.ceil((colors * bpc * columns) / 8);
  if (predictor === 2) {
    if (bpc !== 8) throw new UndecodableStream("unsupported TIFF predictor");
    const out = Buffer.from(data);
    for (let row = 0; row < out.length; row += rowLength) {
      for (let i = row + bpp; i < Math.min(row + rowLength, out.length); i++) out[i] = (out[i] + out[i - bpp]) & 0xff;
    }
    return out;
  }
  if (predictor < 10) throw new UndecodableStream("unknown predictor");
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = Buffer.alloc(rows * rowLength);
  for (let r = 0; r < rows; r++) {
    const type = data[r * (rowLength + 1)];
    const src = r * (rowLength + 1) + 1;
    const dst = r * rowLength;
    for (let i = 0; i < rowLength; i++) {
      const left = i >= bpp ? out[dst + i - bpp] : 0;
      const up = r > 0 ? out[dst - rowLength + i] : 0;
      const upLeft = r > 0 && i >= bpp ? out[dst - rowLength + i - bpp] : 0;
      let add = 0;
      if (type === 1) add = left;
      else if (type === 2) add = up;
      else if (type === 3) add = (left + up) >> 1;
      else if (type === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        add = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else if (type !== 0) throw new UndecodableStream("bad PNG row filter");
      out[dst + i] = (data[src + i] + add) & 0xff;
    }
  }
  return out;
}

/** The stream's content after its filters; image codecs are left encoded. */
export function decodeStream(data: Buffer, dict: PdfDict | null, budget: InflateBudget): Buffer {
  if (!dict) return data;
  let out = data;
  for (const { filter, parms } of streamFilters(dict)) {
    charge(budget, out.length);
    if (filter === "FlateDecode" || filter === "Fl") out = unpredict(inflate(out, budget), parms);
    else if (filter === "ASCIIHexDecode" || filter === "AHx") out = asciiHex(out);
    else if (filter === "ASCII85Decode" || filter === "A85") out = ascii85(out);
    else if (IMAGE_CODECS.has(filter)) return out;
    else throw new UndecodableStream(`unsupported filter ${filter}`);
  }
  return out;
}
