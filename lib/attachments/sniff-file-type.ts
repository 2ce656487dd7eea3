// What a file is, from its first bytes ("magic numbers"). The name and the
// type the browser declares are chosen by whoever uploads, so they are never
// asked. Only the four formats Laurel accepts are recognised; everything else
// (executables, HTML, SVG, archives, HEIC...) is null and gets refused.

export type UploadKind = "photo" | "document";

export type SniffedType =
  | { kind: "photo"; format: "jpeg"; mimeType: "image/jpeg" }
  | { kind: "photo"; format: "png"; mimeType: "image/png" }
  | { kind: "photo"; format: "webp"; mimeType: "image/webp" }
  | { kind: "document"; format: "pdf"; mimeType: "application/pdf" };

export type ImageFormat = Extract<SniffedType, { kind: "photo" }>["format"];

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((b, i) => bytes[offset + i] === b);
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

export function sniffFileType(bytes: Uint8Array): SniffedType | null {
  // JPEG: start-of-image marker followed by the next marker's 0xFF.
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: "photo", format: "jpeg", mimeType: "image/jpeg" };
  if (startsWith(bytes, PNG_SIGNATURE)) return { kind: "photo", format: "png", mimeType: "image/png" };
  // WebP: a RIFF container whose form type is "WEBP".
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) {
    return { kind: "photo", format: "webp", mimeType: "image/webp" };
  }
  // PDF: the header must be the very first bytes; readers that look further
  // in would also open polyglots (a PDF hidden behind another format).
  if (startsWith(bytes, ascii("%PDF-"))) return { kind: "document", format: "pdf", mimeType: "application/pdf" };
  return null;
}
