import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { resolveDatabase } from "@/lib/db/database-url";

describe("database connection", () => {
  it("enforces foreign keys", async () => {
    await expect(
      db.category.create({ data: { programmeId: "no-such-programme", name: "Orphan" } }),
    ).rejects.toThrow();
  });

  it("reports a unique violation as P2002", async () => {
    await db.user.create({ data: { email: "same@laurel.example" } });
    await expect(db.user.create({ data: { email: "same@laurel.example" } })).rejects.toMatchObject({ code: "P2002" });
  });

  // SQLite only: PostgreSQL has row locks and no busy timeout to configure.
  if (resolveDatabase().provider === "sqlite") {
    it("waits for SQLite's lock instead of failing at once", async () => {
      const rows = (await db.$queryRawUnsafe("PRAGMA busy_timeout")) as { timeout: bigint | number }[];
      expect(Number(rows[0].timeout)).toBeGreaterThanOrEqual(1000);
    });
  }

  it("stores and reads JSON on both databases", async () => {
    const p = await db.programme.create({
      data: { slug: "json-check", name: "J", edition: "1", organiserName: "o", organiserContact: "c", city: "x" },
    });
    const c = await db.category.create({ data: { programmeId: p.id, name: "C", voteAreas: ["90402", "Südstadt"] } });
    expect((await db.category.findUniqueOrThrow({ where: { id: c.id } })).voteAreas).toEqual(["90402", "Südstadt"]);
  });
});
