// Builds small PDFs and images for the attachment tests, so no binary fixture
// files live in the repository and each test shows what it feeds in.
import { deflateSync } from "node:zlib";
import sharp from "sharp";

export interface PdfObject {
  num: number;
  /** The object's body: a dictionary, array... A stream is given as `stream` with its dictionary in `body`. */
  body: string;
  stream?: Buffer;
}

const CATALOG = (extra = "") => `<< /Type /Catalog /Pages 2 0 R${extra} >>`;
const PAGES = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";
const PAGE = "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>";
const CONTENT = Buffer.from("BT /F1 24 Tf 72 720 Td (Letter of recommendation) Tj ET\n", "latin1");

/** A complete PDF with a classic cross-reference table. */
export function buildPdf(objects: PdfObject[], { trailerExtra = "" }: { trailerExtra?: string } = {}): Buffer {
  const parts: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
  const offsets = new Map<number, number>();
  let length = parts[0].length;
  const push = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  for (const o of [...objects].sort((a, b) => a.num - b.num)) {
    offsets.set(o.num, length);
    if (o.stream) {
      const dict = o.body.replace(/>>\s*$/, ` /Length ${o.stream.length} >>`);
      push(Buffer.from(`${o.num} 0 obj\n${dict}\nstream\n`, "latin1"));
      push(o.stream);
      push(Buffer.from("\nendstream\nendobj\n", "latin1"));
    } else {
      push(Buffer.from(`${o.num} 0 obj\n${o.body}\nendobj\n`, "latin1"));
    }
  }
  const size = Math.max(...objects.map((o) => o.num)) + 1;
  const rows = ["0000000000 65535 f \n"];
  for (let n = 1; n < size; n++) {
    const at = offsets.get(n);
    rows.push(at === undefined ? "0000000000 65535 f \n" : `${String(at).padStart(10, "0")} 00000 n \n`);
  }
  push(Buffer.from(`xref\n0 ${size}\n${rows.join("")}trailer\n<< /Size ${size} /Root 1 0 R${trailerExtra} >>\nstartxref\n${length}\n%%EOF\n`, "latin1"));
  return Buffer.concat(parts);
}

/** The four objects of a one-page document; `catalogExtra` goes into the catalog. */
export function onePage(catalogExtra = ""): PdfObject[] {
  return [
    { num: 1, body: CATALOG(catalogExtra) },
    { num: 2, body: PAGES },
    { num: 3, body: PAGE },
    { num: 4, body: "<< /Filter /FlateDecode >>", stream: deflateSync(CONTENT) },
  ];
}

export function cleanPdf(): Buffer {
  return buildPdf(onePage(' /OpenAction [3 0 R /Fit] /PageMode /UseNone'));
}

/** An object stream holding `objects`, compressed (optionally with a PNG predictor, as xref streams use). */
export function objectStream(num: number, objects: { num: number; body: string }[], { predictor = false } = {}): PdfObject {
  const bodies = objects.map((o) => `${o.body}\n`);
  let at = 0;
  const index = objects.map((o, i) => {
    const entry = `${o.num} ${at}`;
    at += Buffer.byteLength(bodies[i], "latin1");
    return entry;
  });
  const header = `${index.join(" ")}\n`;
  let data = Buffer.from(header + bodies.join(""), "latin1");
  let parms = "";
  if (predictor) {
    // PNG "Up" rows of 4 bytes: every row but the first stores differences, so the text is not visible before decoding.
    const columns = 4;
    const padded = Buffer.concat([data, Buffer.alloc((columns - (data.length % columns)) % columns, 0x20)]);
    const rows: Buffer[] = [];
    for (let r = 0; r < padded.length; r += columns) {
      const row = Buffer.alloc(columns + 1);
      row[0] = 2;
      for (let i = 0; i < columns; i++) row[i + 1] = (padded[r + i] - (r > 0 ? padded[r - columns + i] : 0)) & 0xff;
      rows.push(row);
    }
    data = Buffer.concat(rows);
    parms = ` /DecodeParms << /Predictor 12 /Columns ${columns} >>`;
  }
  return {
    num,
    body: `<< /Type /ObjStm /N ${objects.length} /First ${Buffer.byteLength(header, "latin1")} /Filter /FlateDecode${parms} >>`,
    stream: deflateSync(data),
  };
}

/** A JPEG that carries a camera make, a GPS position and an "rotate 90°" orientation. */
export async function jpegWithGps(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#2a6" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "MarkerPhone", Artist: "Marker Person" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "49/1 27/1 1234/100", GPSLongitudeRef: "E", GPSLongitude: "11/1 4/1 5678/100" },
    })
    .toBuffer();
}

export function solidImage(format: "png" | "webp" | "jpeg", width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#d33" } })[format]().toBuffer();
}

/** The start of a Linux (ELF) and a Windows (PE "MZ") executable, padded like a real file. */
export function executable(kind: "elf" | "pe"): Buffer {
  const head = kind === "elf" ? Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]) : Buffer.from("MZ\x90\x00\x03\x00\x00\x00", "latin1");
  return Buffer.concat([head, Buffer.alloc(4096, 0)]);
}
