import "server-only";
import sharp, { type Metadata } from "sharp";
import type { ImageFormat } from "@/lib/attachments/sniff-file-type";
import { UPLOAD_LIMITS } from "@/lib/attachments/upload-limits";
import { uploadRefused } from "@/lib/attachments/upload-refusal";

// Photos are never stored as uploaded: they are decoded and encoded afresh,
// which drops everything but the pixels — EXIF (GPS position, camera, owner),
// XMP, IPTC, comments and anything smuggled after the image data. sharp
// writes no metadata unless asked to and converts colour to sRGB.

export interface ReencodedImage {
  bytes: Buffer;
  width: number;
  height: number;
}

// A decoded 40-megapixel photo takes about 160 MB; on a small server a burst
// of uploads must queue rather than all decode at once.
const MAX_AT_ONCE = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  // A finishing job hands its slot straight to the next in line, so the count never overshoots.
  if (running < MAX_AT_ONCE) running++;
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

export async function reencodeImage(input: Buffer, format: ImageFormat, limits = UPLOAD_LIMITS): Promise<ReencodedImage> {
  // The header's dimensions are checked before any pixel is decoded.
  let header: Metadata;
  try {
    header = await sharp(input).metadata();
  } catch {
    throw uploadRefused("unreadable");
  }
  if (header.format !== format || !header.width || !header.height) throw uploadRefused("unreadable");
  if (header.width * header.height > limits.maxPixels || Math.max(header.width, header.height) > limits.maxDimension) {
    throw uploadRefused("too_many_pixels");
  }

  // limitInputPixels again, in case the decoder disagrees with the header we read.
  // failOn "error": real phone photos often carry harmless warnings; broken data still fails.
  const pipeline = sharp(input, { limitInputPixels: limits.maxPixels, failOn: "error" })
    .autoOrient()
    .resize({ width: limits.storedLongSide, height: limits.storedLongSide, fit: "inside", withoutEnlargement: true });
  const encoded =
    format === "jpeg"
      ? pipeline.jpeg({ quality: limits.jpegQuality, mozjpeg: true })
      : format === "png"
        ? pipeline.png()
        : pipeline.webp({ quality: limits.webpQuality });
  try {
    const { data, info } = await oneAtATime(() => encoded.toBuffer({ resolveWithObject: true }));
    return { bytes: data, width: info.width, height: info.height };
  } catch (error) {
    if (/pixel limit/i.test((error as Error).message)) throw uploadRefused("too_many_pixels");
    throw uploadRefused("unreadable");
  }
}
