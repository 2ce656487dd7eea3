// The stand-in schema engine on PostgreSQL, through the real Prisma CLI.
// Needs a server: TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres)
// is the admin connection; every database made here is dropped afterwards.
// Without a server these tests are skipped, or fail when CI is set.
import { describe, it } from "vitest";
import { migrateFlow } from "./migrate-flow";
import { postgresDatabases, postgresReachable } from "./testing";

const unreachable = await postgresReachable();

if (unreachable && process.env.CI) {
  describe("stand-in schema engine on PostgreSQL", () => {
    it("needs a reachable PostgreSQL server in CI", () => {
      throw new Error(unreachable);
    });
  });
} else {
  // ?schema=laurel_engine: migrations must land in that schema (known bug 9).
  describe.skipIf(unreachable !== null)("stand-in schema engine on PostgreSQL", () => {
    migrateFlow(() => postgresDatabases("laurel_engine"));
  });
}
