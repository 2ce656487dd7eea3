import { deflateSync } from "node:zlib";
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkPdf } from "@/lib/attachments/check-pdf";
import { UPLOAD_LIMITS } from "@/lib/attachments/upload-limits";
import { buildPdf, cleanPdf, objectStream, onePage, type PdfObject } from "@/lib/attachments/test-fixtures";

const JS_ACTION = "<< /S /JavaScript /JS (app.alert\\(1\\)) >>";

/** A one-page document whose catalog gets `catalogExtra`, plus extra objects from number 5 on. */
function pdfWith(catalogExtra: string, extra: PdfObject[] = [], options?: { trailerExtra?: string }): Buffer {
  return buildPdf([...onePage(catalogExtra), ...extra], options);
}

describe("checkPdf: documents without active content", () => {
  it("accepts a plain one-page document that opens at its first page", () => {
    expect(checkPdf(cleanPdf())).toBeNull();
  });

  it("accepts an /OpenAction that points to a page destination object", () => {
    expect(checkPdf(pdfWith(" /OpenAction 5 0 R", [{ num: 5, body: "[3 0 R /XYZ null null 0]" }]))).toBeNull();
  });

  it("accepts an /OpenAction destination kept in an object stream", () => {
    expect(checkPdf(pdfWith(" /OpenAction 6 0 R", [objectStream(5, [{ num: 6, body: "[3 0 R /Fit]" }])]))).toBeNull();
  });

  it("accepts an /OpenAction that is a plain GoTo to a page (as LaTeX writes it)", () => {
    expect(checkPdf(pdfWith(" /OpenAction << /S /GoTo /D [3 0 R /Fit] >>"))).toBeNull();
    expect(checkPdf(pdfWith(" /OpenAction 6 0 R", [objectStream(5, [{ num: 6, body: "<< /S /GoTo /D [3 0 R /Fit] >>" }])]))).toBeNull();
  });

  it("accepts ordinary links to websites", () => {
    const link = "<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (https://volunteers.example) >> >>";
    expect(checkPdf(pdfWith("", [{ num: 5, body: link }]))).toBeNull();
  });

  it("is not fooled by compressed image data that happens to contain short names", () => {
    const pixels = Buffer.concat([randomBytes(50_000), Buffer.from("/JS junk /AA junk /XFA junk", "latin1"), randomBytes(50_000)]);
    const image = { num: 5, body: "<< /Type /XObject /Subtype /Image /Width 100 /Height 100 /BitsPerComponent 8 /ColorSpace /DeviceRGB /Filter /FlateDecode >>", stream: deflateSync(pixels) };
    const font = { num: 6, body: "<< /Length1 100050 /Filter /FlateDecode >>", stream: deflateSync(pixels) };
    expect(checkPdf(pdfWith("", [image, font]))).toBeNull();
  });
});

describe("checkPdf: active content is refused", () => {
  it("refuses document-level JavaScript", () => {
    const pdf = pdfWith(" /Names << /JavaScript 5 0 R >>", [{ num: 5, body: "<< /Names [(hello) 6 0 R] >>" }, { num: 6, body: JS_ACTION }]);
    expect(checkPdf(pdf)).toBe("pdf_active_content");
  });

  it("refuses JavaScript spelled with #xx escapes in its names", () => {
    const pdf = pdfWith(" /OpenAction [3 0 R /Fit]", [{ num: 5, body: "<< /Type /Annot /Subtype /Link /A << /S /J#61v#61Script /J#53 (app.alert\\(1\\)) >> >>" }]);
    expect(pdf.includes("JavaScript")).toBe(false);
    expect(checkPdf(pdf)).toBe("pdf_active_content");
  });

  it("refuses JavaScript hidden in a Flate-compressed object stream", () => {
    const pdf = pdfWith(" /Names 6 0 R", [objectStream(5, [{ num: 6, body: "<< /JavaScript 7 0 R >>" }, { num: 7, body: "<< /Names [(a) 8 0 R] >>" }, { num: 8, body: JS_ACTION }])]);
    expect(pdf.includes("JavaScript")).toBe(false);
    expect(checkPdf(pdf)).toBe("pdf_active_content");
  });

  it("refuses JavaScript in an object stream whose bytes are shuffled by a PNG predictor", () => {
    const pdf = pdfWith(" /Names 6 0 R", [objectStream(5, [{ num: 6, body: "<< /JavaScript 7 0 R >>" }, { num: 7, body: JS_ACTION }], { predictor: true })]);
    expect(checkPdf(pdf)).toBe("pdf_active_content");
  });

  it("refuses JavaScript behind a chain of filters (ASCIIHex over Flate)", () => {
    const inner = deflateSync(Buffer.from(`6 0 ${JS_ACTION}\n`, "latin1")).toString("hex").toUpperCase() + ">";
    const stream = { num: 5, body: "<< /Type /ObjStm /N 1 /First 4 /Filter [/ASCIIHexDecode /FlateDecode] >>", stream: Buffer.from(inner, "latin1") };
    expect(checkPdf(pdfWith(" /Names 6 0 R", [stream]))).toBe("pdf_active_content");
  });

  it("refuses an /OpenAction that is an action rather than a destination", () => {
    expect(checkPdf(pdfWith(" /OpenAction << /S /URI /URI (https://tracker.example) >>"))).toBe("pdf_active_content");
    expect(checkPdf(pdfWith(" /OpenAction 5 0 R", [{ num: 5, body: "<< /S /GoTo /D [3 0 R /Fit] /Next << /S /URI /URI (https://x.example) >> >>" }]))).toBe("pdf_active_content");
    expect(checkPdf(pdfWith(" /OpenAction 6 0 R", [objectStream(5, [{ num: 6, body: "<< /S /Named /N /Print >>" }])]))).toBe("pdf_active_content");
    // Pointing at an object that does not exist could be anything once the file is repaired.
    expect(checkPdf(pdfWith(" /OpenAction 9 0 R"))).toBe("pdf_active_content");
  });

  it.each([
    ["additional actions on a page", "", [{ num: 5, body: "<< /Type /Page /AA << /O << /S /URI /URI (https://x.example) >> >> >>" }]],
    ["additional actions by reference", "", [{ num: 5, body: "<< /Type /Annot /AA 6 0 R >>" }, { num: 6, body: "<< >>" }]],
    ["launching a program", "", [{ num: 5, body: "<< /S /Launch /F (calc.exe) >>" }]],
    ["embedded files", " /Names << /EmbeddedFiles 5 0 R >>", [{ num: 5, body: "<< /Names [] >>" }]],
    ["an embedded file stream", "", [{ num: 5, body: "<< /Type /EmbeddedFile >>", stream: Buffer.from("MZ") }]],
    ["rich media (Flash, 3D)", "", [{ num: 5, body: "<< /Type /Annot /Subtype /RichMedia >>" }]],
    ["XFA forms", " /AcroForm << /Fields [] /XFA 5 0 R >>", [{ num: 5, body: "<< >>", stream: Buffer.from("<xdp/>") }]],
    ["form submission", "", [{ num: 5, body: "<< /S /SubmitForm /F (https://x.example) >>" }]],
    ["links to other files", "", [{ num: 5, body: "<< /S /GoToR /F (\\\\\\\\server\\\\share\\\\x.pdf) /D [0 /Fit] >>" }]],
  ] as [string, string, PdfObject[]][])("refuses %s", (_label, catalogExtra, extra) => {
    expect(checkPdf(pdfWith(catalogExtra, extra))).toBe("pdf_active_content");
  });
});

describe("checkPdf: files that cannot be checked", () => {
  it("refuses a file without the PDF header or without %%EOF", () => {
    expect(checkPdf(Buffer.from("hello %%EOF"))).toBe("unreadable");
    const pdf = cleanPdf();
    expect(checkPdf(pdf.subarray(0, pdf.lastIndexOf("%%EOF")))).toBe("unreadable");
  });

  it("refuses encrypted documents, whose streams cannot be read", () => {
    expect(checkPdf(pdfWith("", [{ num: 5, body: "<< /Filter /Standard /V 2 /R 3 >>" }], { trailerExtra: " /Encrypt 5 0 R" }))).toBe("unreadable");
  });

  it("refuses an object stream packed with a filter it cannot undo", () => {
    const stream = { num: 5, body: "<< /Type /ObjStm /N 1 /First 4 /Filter /LZWDecode >>", stream: Buffer.from("\x80\x0b\x60\x50\x22\x0c", "latin1") };
    expect(checkPdf(pdfWith("", [stream]))).toBe("unreadable");
  });

  it("refuses a decompression bomb instead of unpacking it", () => {
    const bomb = { num: 5, body: "<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>", stream: deflateSync(Buffer.alloc(40 * 1024 * 1024)) };
    const pdf = pdfWith("", [bomb]);
    expect(pdf.length).toBeLessThan(100_000);
    expect(checkPdf(pdf)).toBe("unreadable");
  });

  it("counts every stream against one budget, so many small bombs add up", () => {
    const small = (num: number) => ({ num, body: "<< /Filter /FlateDecode >>", stream: deflateSync(Buffer.alloc(600_000)) });
    const pdf = pdfWith("", [small(5), small(6), small(7), small(8)]);
    expect(checkPdf(pdf, { ...UPLOAD_LIMITS, pdfMaxInflatedTotalBytes: 2_000_000 })).toBe("unreadable");
    expect(checkPdf(pdf, { ...UPLOAD_LIMITS, pdfMaxInflatedTotalBytes: 4_000_000 })).toBeNull();
  });
});
