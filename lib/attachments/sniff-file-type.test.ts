import { describe, expect, it } from "vitest";
import { sniffFileType } from "@/lib/attachments/sniff-file-type";
import { cleanPdf, executable, solidImage } from "@/lib/attachments/test-fixtures";

const bytes = (text: string) => Buffer.from(text, "latin1");

describe("sniffFileType", () => {
  it("recognises JPEG, PNG and WebP as photos and PDF as a document, by content", async () => {
    expect(sniffFileType(await solidImage("jpeg", 8, 8))).toMatchObject({ kind: "photo", mimeType: "image/jpeg" });
    expect(sniffFileType(await solidImage("png", 8, 8))).toMatchObject({ kind: "photo", mimeType: "image/png" });
    expect(sniffFileType(await solidImage("webp", 8, 8))).toMatchObject({ kind: "photo", mimeType: "image/webp" });
    expect(sniffFileType(cleanPdf())).toMatchObject({ kind: "document", mimeType: "application/pdf" });
  });

  it.each([
    ["a Linux executable", executable("elf")],
    ["a Windows executable", executable("pe")],
    ["an HTML page", bytes("<!doctype html><script>alert(1)</script>")],
    ["an SVG image (it can carry scripts)", bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["a GIF", bytes("GIF89a\x01\x00\x01\x00")],
    ["a ZIP archive", bytes("PK\x03\x04")],
    ["a RIFF file that is not WebP (a WAV)", bytes("RIFF\x24\x00\x00\x00WAVEfmt ")],
    ["a PDF header that is not at the start", bytes(" %PDF-1.7")],
    ["an empty file", Buffer.alloc(0)],
    ["a truncated JPEG marker", Buffer.from([0xff, 0xd8])],
  ])("refuses %s", (_label, content) => {
    expect(sniffFileType(content)).toBeNull();
  });
});
