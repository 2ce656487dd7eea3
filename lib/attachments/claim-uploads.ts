import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import { UPLOAD_LIMITS } from "@/lib/attachments/upload-limits";
import { hashPrivateToken, isWellFormedToken, tokenMatches } from "@/lib/nominations/private-token";

export interface UploadClaim {
  token: string;
  /** The file question it answers (a document or a photo); null for the nominee's photo, which must be a photo. */
  questionId: string | null;
}

const expired = () => new AppError("invalid_input", "upload.expired");
// storeUpload checked the content against the kind the browser asked for; the slot decides which kinds it takes.
const wrongKind = () => new AppError("invalid_input", "upload.not_allowed_type");
const fitsSlot = (kind: string, questionId: string | null) => (questionId === null ? kind === "photo" : kind === "photo" || kind === "document");

/**
 * Attaches pending uploads to a nomination inside the caller's transaction.
 * Each token works once: the claim clears it, conditionally on the upload
 * still being pending, so two submissions racing for one file cannot both
 * win. Unknown, used, malformed or day-old tokens throw invalid_input
 * "upload.expired"; an upload of the wrong kind for its slot (a PDF as the
 * photo) throws invalid_input "upload.not_allowed_type". Either way, the
 * caller's transaction rolling back, nothing is attached. The caller
 * validates questionId against the category's questions.
 */
export async function claimUploads(
  tx: Tx,
  { nominationId, uploads, now = new Date() }: { nominationId: string; uploads: UploadClaim[]; now?: Date },
): Promise<number> {
  const oldest = new Date(now.getTime() - UPLOAD_LIMITS.pendingUploadTtlMs);
  const seen = new Set<string>();
  for (const upload of uploads) {
    if (!isWellFormedToken(upload.token) || seen.has(upload.token)) throw expired();
    seen.add(upload.token);
    const hash = hashPrivateToken(upload.token);
    const row = await tx.attachment.findUnique({
      where: { uploadTokenHash: hash },
      select: { id: true, kind: true, nominationId: true, uploadTokenHash: true, createdAt: true },
    });
    if (!row || row.nominationId !== null || !tokenMatches(upload.token, row.uploadTokenHash) || row.createdAt < oldest) throw expired();
    if (!fitsSlot(row.kind, upload.questionId)) throw wrongKind();
    const claimed = await tx.attachment.updateMany({
      where: { id: row.id, nominationId: null, uploadTokenHash: hash },
      data: { nominationId, questionId: upload.questionId, uploadTokenHash: null },
    });
    if (claimed.count !== 1) throw expired();
  }
  return uploads.length;
}
