import "server-only";
import { checkPdf } from "@/lib/attachments/check-pdf";
import { reencodeImage } from "@/lib/attachments/reencode-image";
import { sniffFileType, type UploadKind } from "@/lib/attachments/sniff-file-type";
import { UPLOAD_LIMITS, maxUploadBytes } from "@/lib/attachments/upload-limits";
import { uploadRefused } from "@/lib/attachments/upload-refusal";

export interface PreparedUpload {
  kind: UploadKind;
  mimeType: string;
  /** What gets stored: the re-encoded image, or the PDF as sent once it passed the checks. */
  bytes: Buffer;
  width: number | null;
  height: number | null;
}

/**
 * Checks an uploaded file by its content and turns it into what Laurel
 * stores. A "photo" must be a JPEG, PNG or WebP image, a "document" a PDF;
 * anything else, or the other kind, is not_allowed_type. Throws AppError
 * invalid_input "upload.<reason>".
 */
export async function prepareUpload({ bytes, kind, maxBytes = maxUploadBytes(), limits = UPLOAD_LIMITS }: {
  bytes: Buffer;
  kind: UploadKind;
  maxBytes?: number;
  limits?: typeof UPLOAD_LIMITS;
}): Promise<PreparedUpload> {
  if (bytes.length > maxBytes) throw uploadRefused("too_large");
  const sniffed = sniffFileType(bytes);
  if (!sniffed || sniffed.kind !== kind) throw uploadRefused("not_allowed_type");
  if (sniffed.kind === "document") {
    const refusal = checkPdf(bytes, limits);
    if (refusal) throw uploadRefused(refusal);
    return { kind, mimeType: sniffed.mimeType, bytes, width: null, height: null };
  }
  const image = await reencodeImage(bytes, sniffed.format, limits);
  // Re-encoding rarely grows a file, but a noisy PNG can: the limit holds for what is stored too.
  if (image.bytes.length > maxBytes) throw uploadRefused("too_large");
  return { kind, mimeType: sniffed.mimeType, bytes: image.bytes, width: image.width, height: image.height };
}
