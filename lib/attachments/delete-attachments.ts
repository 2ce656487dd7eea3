import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { db as defaultDb } from "@/lib/db";
import { deleteAttachmentRows } from "@/lib/attachments/delete-attachment";
import { fileStorage, type FileStorage } from "@/lib/attachments/file-storage";

// Deleting many attachments at once: for erasure (all of a nomination's
// files) and retention (uploads never attached). Files go before rows; see
// delete-attachment.ts. Callers check permission.

/** Deletes every attachment of a nomination, rows and files; returns how many rows went. */
export async function deleteAttachmentFiles({
  nominationId,
  db = defaultDb,
  storage = fileStorage(),
}: {
  nominationId: string;
  db?: Tx;
  storage?: FileStorage;
}): Promise<number> {
  const rows = await db.attachment.findMany({ where: { nominationId }, select: { id: true, storageKey: true } });
  return deleteAttachmentRows(db, storage, rows);
}

const BATCH = 200;

/**
 * Deletes uploads nobody attached to a submission, created before `olderThan`
 * (retention passes now − 24 h). Their tokens are voided first in one
 * statement, so a submission sent at this very moment cannot claim a file
 * that is being deleted: it gets "upload.expired" instead.
 */
export async function deleteUnclaimedUploads({
  olderThan,
  db = defaultDb,
  storage = fileStorage(),
}: {
  olderThan: Date;
  db?: Tx;
  storage?: FileStorage;
}): Promise<number> {
  const stale = { nominationId: null, createdAt: { lt: olderThan } };
  await db.attachment.updateMany({ where: { ...stale, uploadTokenHash: { not: null } }, data: { uploadTokenHash: null } });
  let deleted = 0;
  for (;;) {
    const rows = await db.attachment.findMany({ where: stale, select: { id: true, storageKey: true }, orderBy: { id: "asc" }, take: BATCH });
    if (rows.length === 0) return deleted;
    deleted += await deleteAttachmentRows(db, storage, rows);
  }
}
