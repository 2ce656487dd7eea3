import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fileStorage, newStorageKey, uploadDir } from "@/lib/attachments/file-storage";
import { LocalDiskStorage } from "@/lib/attachments/local-disk-storage";

const root = mkdtempSync(path.join(tmpdir(), "laurel-storage-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe("LocalDiskStorage", () => {
  it("stores, reads and deletes a file under its key, leaving no temporary files", async () => {
    const storage = new LocalDiskStorage(root);
    const key = newStorageKey();
    await storage.put(key, Buffer.from("hello"));
    expect((await storage.get(key))?.toString()).toBe("hello");
    expect(filesUnder(root)).toEqual([key]);
    // Only the server's user may read it.
    expect(statSync(path.join(root, key)).mode & 0o077).toBe(0);
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await expect(storage.delete(key)).resolves.toBeUndefined();
  });

  it("refuses keys it did not make, so nothing can reach outside its folder", async () => {
    const storage = new LocalDiskStorage(root);
    for (const key of ["../escape", "ab/../../escape", "/etc/passwd", "ab/" + "0".repeat(31) + "/", "AB/" + "0".repeat(32), ""]) {
      await expect(storage.put(key, Buffer.from("x"))).rejects.toThrow(/Not a storage key/);
      await expect(storage.get(key)).rejects.toThrow(/Not a storage key/);
    }
  });

  it("makes random keys spread over sub-folders", () => {
    const keys = new Set(Array.from({ length: 50 }, () => newStorageKey()));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^([0-9a-f]{2})\/\1[0-9a-f]{30}$/);
  });
});

describe("fileStorage", () => {
  it("keeps files in UPLOAD_DIR, by default data/uploads (outside public/)", () => {
    expect(uploadDir({})).toBe(path.resolve("data/uploads"));
    expect(uploadDir({ UPLOAD_DIR: root })).toBe(root);
    expect((fileStorage({ UPLOAD_DIR: root }) as LocalDiskStorage).root).toBe(root);
  });
});
