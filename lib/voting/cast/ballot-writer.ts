import "server-only";
import Database from "better-sqlite3";
import pg from "pg";
import { SQLITE_BUSY_TIMEOUT_MS } from "@/lib/db/create-client";
import { resolveDatabase } from "@/lib/db/database-url";
import { withSqliteWriteLock } from "@/lib/db/serialised-sqlite";
import { guardedInsertSql, guardedInsertValues, type BallotRow, type NetworkLimit } from "@/lib/voting/cast/insert-ballot";

// The hot path of the public vote: a first vote is the guarded INSERT of
// insert-ballot.ts sent as a statement prepared once per process, on a
// connection of its own, instead of through Prisma (which re-prepares it and
// adds its own work on every call; about two thirds of a vote's time).
// Same SQL, same database, same durability settings as the app's connection.

type Writer = (row: BallotRow, limit: NetworkLimit) => Promise<number>;

const globalForWriter = globalThis as unknown as { laurelBallotWriter?: { url: string; write: Writer } };

function sqliteWriter(file: string): Writer {
  const connection = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  connection.pragma("foreign_keys = ON");
  const statement = connection.prepare(guardedInsertSql("sqlite"));
  // Dates as the Prisma SQLite adapter writes them, so both sort and compare alike.
  const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
  return (row, limit) => withSqliteWriteLock(() => statement.run(...guardedInsertValues("sqlite", row, limit, iso)).changes);
}

function postgresWriter(url: string): Writer {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.VOTE_POOL_SIZE ?? 5) });
  // An idle connection the server closed (a restart, a failover) must not take the process down; the pool reconnects.
  pool.on("error", (error) => console.warn(`[vote] a ballot-writer connection was closed: ${error.message}`));
  const text = guardedInsertSql("postgresql");
  // ISO strings in UTC: a JS Date would be sent in the server's local zone, and the column has none.
  return async (row, limit) => (await pool.query({ name: "laurel-insert-ballot", text, values: guardedInsertValues("postgresql", row, limit, (d) => d.toISOString()) })).rowCount ?? 0;
}

/** Inserts one ballot if every guard holds; 1 when stored, 0 when refused or already there. */
export function writeBallot(row: BallotRow, limit: NetworkLimit): Promise<number> {
  const resolved = resolveDatabase(process.env);
  let writer = globalForWriter.laurelBallotWriter;
  if (!writer || writer.url !== resolved.url) {
    const write = resolved.provider === "postgresql" ? postgresWriter(resolved.url) : sqliteWriter(resolved.file!);
    writer = globalForWriter.laurelBallotWriter = { url: resolved.url, write };
  }
  return writer.write(row, limit);
}
