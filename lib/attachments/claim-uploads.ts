import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { AppError } from "@/lib/errors";
import { UPLOAD_LIMITS } from "@/lib/attachments/upload-limits";
import { hashPrivateToken, isWellFormedToken, tokenMatches } from "@/lib/nominations/private-token";

export interface UploadClaim {
  token: string;
  /** The file question it answers; null for a file that answers none (e.g. the nominee's photo). */
  questionId: string | null;
}

const expired = () => new AppError("invalid_input", "upload.expired");

/**
 * Attaches pending uploads to a nomination inside the caller's transaction.
 * Each token works once: the claim clears it, conditionally on the upload
 * still being pending, so two submissions racing for one file cannot both
 * win. Unknown, used, malformed or day-old tokens throw invalid_input
 * "upload.expired" and, the caller's transaction rolling back, nothing is
 * attached. The caller validates questionId against the category's questions.
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
      select: { id: true, nominationId: true, uploadTokenHash: true, createdAt: true },
    });
    if (!row || row.nominationId !== null || !tokenMatches(upload.token, row.uploadTokenHash) || row.createdAt < oldest) throw expired();
    const claimed = await tx.attachment.updateMany({
      where: { id: row.id, nominationId: null, uploadTokenHash: hash },
      data: { nominationId, questionId: upload.questionId, uploadTokenHash: null },
    });
    if (claimed.count !== 1) throw expired();
  }
  return uploads.length;
}
