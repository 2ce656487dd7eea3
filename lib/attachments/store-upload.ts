import "server-only";
import { createHash } from "node:crypto";
import { db as defaultDb, type Db } from "@/lib/db";
import { fileStorage, newStorageKey, type FileStorage } from "@/lib/attachments/file-storage";
import { prepareUpload } from "@/lib/attachments/prepare-upload";
import type { UploadKind } from "@/lib/attachments/sniff-file-type";
import { uploadRefused } from "@/lib/attachments/upload-refusal";
import { newPrivateToken } from "@/lib/nominations/private-token";

export interface StoredUpload {
  id: string;
  /** The browser keeps this to attach the file when the form is sent; only its hash is stored. */
  token: string;
  kind: UploadKind;
  mimeType: string;
  width: number | null;
  height: number | null;
  sizeBytes: number;
}

/**
 * Checks a file by its content, re-encodes photos, and stores it as a pending
 * upload that belongs to nobody until claimUploads attaches it to a
 * submission (or retention deletes it after a day). The public form uploads
 * before it is sent, so there is no actor: the caller rate-limits.
 * Throws AppError invalid_input "upload.<reason>" (see upload-refusal.ts).
 */
export async function storeUpload({
  bytes,
  kind,
  now = new Date(),
  db = defaultDb,
  storage = fileStorage(),
}: {
  bytes: Buffer;
  kind: UploadKind;
  now?: Date;
  db?: Db;
  storage?: FileStorage;
}): Promise<StoredUpload> {
  if (kind !== "photo" && kind !== "document") throw uploadRefused("not_allowed_type");
  const prepared = await prepareUpload({ bytes, kind });
  const storageKey = newStorageKey();
  const { token, hash } = newPrivateToken();
  await storage.put(storageKey, prepared.bytes);
  try {
    const row = await db.attachment.create({
      data: {
        nominationId: null,
        uploadTokenHash: hash,
        kind,
        storageKey,
        mimeType: prepared.mimeType,
        sizeBytes: prepared.bytes.length,
        width: prepared.width,
        height: prepared.height,
        sha256: createHash("sha256").update(prepared.bytes).digest("hex"),
        createdAt: now,
      },
      select: { id: true },
    });
    return { id: row.id, token, kind, mimeType: prepared.mimeType, width: prepared.width, height: prepared.height, sizeBytes: prepared.bytes.length };
  } catch (error) {
    // No row points to the file, so nothing would ever delete it.
    await storage.delete(storageKey).catch(() => undefined);
    throw error;
  }
}
