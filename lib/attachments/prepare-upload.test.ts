import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { prepareUpload } from "@/lib/attachments/prepare-upload";
import { buildPdf, cleanPdf, executable, jpegWithGps, onePage, solidImage } from "@/lib/attachments/test-fixtures";

const refusal = (reason: string) => ({ code: "invalid_input", message: `upload.${reason}` });

describe("prepareUpload: what is refused", () => {
  it("refuses a renamed executable sent as a photo or a document", async () => {
    await expect(prepareUpload({ bytes: executable("pe"), kind: "photo" })).rejects.toMatchObject(refusal("not_allowed_type"));
    await expect(prepareUpload({ bytes: executable("elf"), kind: "document" })).rejects.toMatchObject(refusal("not_allowed_type"));
  });

  it("refuses a PDF sent as a photo and a photo sent as a document", async () => {
    await expect(prepareUpload({ bytes: cleanPdf(), kind: "photo" })).rejects.toMatchObject(refusal("not_allowed_type"));
    await expect(prepareUpload({ bytes: await solidImage("png", 10, 10), kind: "document" })).rejects.toMatchObject(refusal("not_allowed_type"));
  });

  it("refuses a 50-megapixel image by its header, before decoding it", async () => {
    const huge = await sharp({ create: { width: 8000, height: 6250, channels: 3, background: "#fff" } }).png().toBuffer();
    expect(huge.length).toBeLessThan(1024 * 1024); // small on the wire: only the header gives it away
    await expect(prepareUpload({ bytes: huge, kind: "photo" })).rejects.toMatchObject(refusal("too_many_pixels"));
  });

  it("refuses an image with an absurd side even when its pixel count is allowed", async () => {
    const strip = await sharp({ create: { width: 30_000, height: 2, channels: 3, background: "#fff" } }).png().toBuffer();
    await expect(prepareUpload({ bytes: strip, kind: "photo" })).rejects.toMatchObject(refusal("too_many_pixels"));
  });

  it("refuses files over the byte limit", async () => {
    const bytes = Buffer.concat([await solidImage("jpeg", 10, 10), Buffer.alloc(2048)]);
    await expect(prepareUpload({ bytes, kind: "photo", maxBytes: 1024 })).rejects.toMatchObject(refusal("too_large"));
  });

  it("refuses a damaged image and a PDF with JavaScript", async () => {
    const jpeg = await solidImage("jpeg", 200, 200);
    await expect(prepareUpload({ bytes: jpeg.subarray(0, 40), kind: "photo" })).rejects.toMatchObject(refusal("unreadable"));
    const scripted = buildPdf(onePage(" /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>"));
    await expect(prepareUpload({ bytes: scripted, kind: "document" })).rejects.toMatchObject(refusal("pdf_active_content"));
  });
});

describe("prepareUpload: what is stored", () => {
  it("strips EXIF (GPS, camera, author) from a JPEG and turns it upright", async () => {
    const original = await jpegWithGps(64, 48);
    const before = await sharp(original).metadata();
    expect(before.exif?.toString("latin1")).toContain("MarkerPhone");
    expect(before.orientation).toBe(6);

    const stored = await prepareUpload({ bytes: original, kind: "photo" });
    const after = await sharp(stored.bytes).metadata();
    expect(stored.mimeType).toBe("image/jpeg");
    expect(after.exif).toBeUndefined();
    expect(after.xmp).toBeUndefined();
    expect(after.iptc).toBeUndefined();
    expect(stored.bytes.includes("MarkerPhone")).toBe(false);
    expect(stored.bytes.includes("Marker Person")).toBe(false);
    // Orientation 6 is "rotate 90°": the stored pixels are upright, so width and height swap.
    expect({ width: stored.width, height: stored.height }).toEqual({ width: 48, height: 64 });
    expect(after.orientation).toBeUndefined();
  });

  it.each(["png", "webp"] as const)("accepts a %s photo, re-encoded in the same format without metadata", async (format) => {
    const original = await sharp({ create: { width: 30, height: 20, channels: 4, background: { r: 10, g: 20, b: 30, alpha: 0.5 } } })
      [format]()
      .withExif({ IFD0: { Artist: "Marker Person" } })
      .toBuffer();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const stored = await prepareUpload({ bytes: original, kind: "photo" });
    expect(stored).toMatchObject({ kind: "photo", mimeType: `image/${format}`, width: 30, height: 20 });
    const after = await sharp(stored.bytes).metadata();
    expect(after.format).toBe(format);
    expect(after.exif).toBeUndefined();
    expect(after.hasAlpha).toBe(true);
  });

  it("scales large photos down to 2400 pixels on the long side", async () => {
    const big = await solidImage("jpeg", 4000, 3000);
    const stored = await prepareUpload({ bytes: big, kind: "photo" });
    expect({ width: stored.width, height: stored.height }).toEqual({ width: 2400, height: 1800 });
    const small = await prepareUpload({ bytes: await solidImage("jpeg", 300, 200), kind: "photo" });
    expect({ width: small.width, height: small.height }).toEqual({ width: 300, height: 200 });
  });

  it("gets through a burst of photos arriving at once (they queue for the decoder)", async () => {
    const photos = await Promise.all(Array.from({ length: 6 }, (_, i) => solidImage("jpeg", 100 + i, 50)));
    const stored = await Promise.all(photos.map((bytes) => prepareUpload({ bytes, kind: "photo" })));
    expect(stored.map((s) => s.width)).toEqual([100, 101, 102, 103, 104, 105]);
  });

  it("keeps a clean PDF byte for byte", async () => {
    const pdf = cleanPdf();
    const stored = await prepareUpload({ bytes: pdf, kind: "document" });
    expect(stored).toMatchObject({ kind: "document", mimeType: "application/pdf", width: null, height: null });
    expect(stored.bytes.equals(pdf)).toBe(true);
  });
});
