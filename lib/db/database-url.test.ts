import { describe, expect, it } from "vitest";
import { resolveDatabase } from "@/lib/db/database-url";

describe("resolveDatabase", () => {
  it("defaults to a SQLite file under data/", () => {
    const db = resolveDatabase({}, "/srv/laurel");
    expect(db).toEqual({ provider: "sqlite", url: "file:/srv/laurel/data/laurel.db", file: "/srv/laurel/data/laurel.db" });
  });

  it("resolves a relative file: URL against the working folder", () => {
    expect(resolveDatabase({ DATABASE_URL: "file:./data/x.db" }, "/srv").file).toBe("/srv/data/x.db");
  });

  it("keeps an absolute file: URL", () => {
    expect(resolveDatabase({ DATABASE_URL: "file:/tmp/y.db" }, "/srv").file).toBe("/tmp/y.db");
  });

  it.each(["postgresql://u@h:5432/db", "postgres://u@h/db", "POSTGRESQL://h/db"])("picks PostgreSQL for %s", (url) => {
    expect(resolveDatabase({ DATABASE_URL: url })).toEqual({ provider: "postgresql", url });
  });

  it("refuses an unknown scheme with a sentence naming it", () => {
    expect(() => resolveDatabase({ DATABASE_URL: "mysql://h/db" })).toThrow(/must start with "postgresql:\/\/" or "file:" \(got "mysql:/);
  });
});
