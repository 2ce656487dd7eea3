import "server-only";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { LocalDiskStorage } from "@/lib/attachments/local-disk-storage";

// Where uploaded files live. Only this getter decides, so another store (for
// example an S3-compatible bucket, chosen by an environment variable) can be
// added as a second FileStorage implementation without touching any caller.
// Files are never served from here directly: every read goes through a
// permission-checked route.

export interface FileStorage {
  /** Stores `bytes` under `key`, replacing nothing half-written (atomic). */
  put(key: string, bytes: Buffer): Promise<void>;
  /** The stored bytes, or null when there is no such file. */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
}

/** UPLOAD_DIR as an absolute path (relative values are taken from the working directory); by default `uploads` in the data folder. */
export function uploadDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(env.UPLOAD_DIR?.trim() || path.join(env.LAUREL_DATA_DIR?.trim() || "data", "uploads"));
}

export function fileStorage(env: Record<string, string | undefined> = process.env): FileStorage {
  return new LocalDiskStorage(uploadDir(env));
}

/** A new random key ("ab/ab12…"): chosen by us, never by the uploader, and spread over 256 folders. */
export function newStorageKey(): string {
  const id = randomBytes(16).toString("hex");
  return `${id.slice(0, 2)}/${id}`;
}
