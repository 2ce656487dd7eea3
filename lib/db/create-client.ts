// Builds a Prisma client for whichever database DATABASE_URL names. Kept free of
// "server-only" so scripts (seed, start, tests) can use it too.
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgresql/client";
import { resolveDatabase } from "@/lib/db/database-url";
import { serialisedSqlite } from "@/lib/db/serialised-sqlite";

// Both generated clients come from the same models, so they share one shape;
// the SQLite one stands for both in types.
export type Db = SqliteClient;

/** How long a writer waits for SQLite's lock before giving up. */
export const SQLITE_BUSY_TIMEOUT_MS = 5000;

export function createDbClient(env: Record<string, string | undefined> = process.env): Db {
  const resolved = resolveDatabase(env);
  if (resolved.provider === "postgresql") {
    const adapter = new PrismaPg({ connectionString: resolved.url, max: Number(env.DATABASE_POOL_SIZE ?? 10) });
    return new PostgresClient({ adapter }) as unknown as Db;
  }
  // better-sqlite3 is built with foreign keys enforced; WAL mode is set on the
  // file once by scripts/prepare.ts and persists.
  const adapter = serialisedSqlite(new PrismaBetterSqlite3({ url: resolved.url, timeout: SQLITE_BUSY_TIMEOUT_MS }));
  return new SqliteClient({ adapter });
}
