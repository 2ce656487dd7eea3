import "server-only";
import type { Tx } from "@/lib/audit/append-audit-event";
import { db as defaultDb } from "@/lib/db";
import { fileStorage, type FileStorage } from "@/lib/attachments/file-storage";

// Deleting attachments removes the files first and the rows after: if a file
// cannot be removed the row stays, so the next attempt (an erasure retried,
// the next retention run) finds it again, and no file outlives its row.
// Inside a transaction (pass it as `db`), files are gone even if the
// transaction later rolls back; for erasure that is the right way round.
// Callers check permission (a submitter replacing a file, an erasure).

export async function deleteAttachmentRows(db: Tx, storage: FileStorage, rows: { id: string; storageKey: string }[]): Promise<number> {
  for (const row of rows) await storage.delete(row.storageKey);
  if (rows.length === 0) return 0;
  const { count } = await db.attachment.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } });
  return count;
}

/** Deletes one attachment, row and file; false when there was none. */
export async function deleteAttachment({
  attachmentId,
  db = defaultDb,
  storage = fileStorage(),
}: {
  attachmentId: string;
  db?: Tx;
  storage?: FileStorage;
}): Promise<boolean> {
  const row = await db.attachment.findUnique({ where: { id: attachmentId }, select: { id: true, storageKey: true } });
  return row ? (await deleteAttachmentRows(db, storage, [row])) === 1 : false;
}
