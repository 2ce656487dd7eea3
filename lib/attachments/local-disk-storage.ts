import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import path from "node:path";
import type { FileStorage } from "@/lib/attachments/file-storage";

// Files on the local disk under one root folder (UPLOAD_DIR), outside
// public/, readable only by the server's user.

const KEY = /^[0-9a-f]{2}\/[0-9a-f]{32}$/;

export class LocalDiskStorage implements FileStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  /** Keys are ours and random; still, nothing may resolve outside the root. */
  private pathOf(key: string): string {
    const full = path.resolve(this.root, key);
    if (!KEY.test(key) || !full.startsWith(this.root + path.sep)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
    return full;
  }

  async put(key: string, bytes: Buffer): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
    // Written to a temporary name, flushed, then renamed: a crash leaves either no file or the whole file.
    const temporary = `${target}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      const handle = await open(temporary, "wx", 0o600);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }
}
