import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { isReadOnlySql } from "@/lib/db/serialised-sqlite";

describe("writes next to an open transaction", () => {
  it("are not lost when that transaction rolls back", async () => {
    const tx = db.$transaction(async (t) => {
      await t.category.findFirst();
      await new Promise((r) => setTimeout(r, 300));
      throw new Error("rollback");
    });
    await new Promise((r) => setTimeout(r, 100));
    const outside = db.outboxEmail.create({ data: { toAddress: "outside@example.org", subject: "s", text: "t", kind: "x", status: "queued" } });
    const settled = await Promise.allSettled([tx, outside]);
    expect(settled.map((s) => s.status)).toEqual(["rejected", "fulfilled"]);
    expect(await db.outboxEmail.count({ where: { toAddress: "outside@example.org" } })).toBe(1);
  });

  it("reads stay concurrent", async () => {
    expect(isReadOnlySql('SELECT "id" FROM "Programme"')).toBe(true);
    expect(isReadOnlySql('INSERT INTO "Programme" ("id") VALUES (?) RETURNING "id"')).toBe(false);
    expect(isReadOnlySql('UPDATE "Nomination" SET "status" = ?')).toBe(false);
    expect(isReadOnlySql("PRAGMA journal_mode = WAL")).toBe(false);
  });
});
