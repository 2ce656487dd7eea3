// The ceiling: the app's own ballot INSERT (the same SQL and parameters from
// insert-ballot.ts, so the two cannot drift apart), sent straight to the database by one driver
// connection, one autocommitted row at a time, as each vote request does.
import { randomBytes, randomUUID } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { guardedInsertSql, guardedInsertValues, type BallotRow, type NetworkLimit } from "@/lib/voting/cast/insert-ballot";
import { NETWORK_VOTE_WINDOW_MS } from "@/lib/voting/cast/vote-limits";
import type { BenchDatabase } from "./bench-server";
import type { BenchProgramme } from "./bench-data";

const limitFor = (row: BallotRow): NetworkLimit => ({ limit: 300, since: new Date(row.castAt.getTime() - NETWORK_VOTE_WINDOW_MS) });

export interface RawInsertResult {
  rowsPerSecond: number;
  rows: number;
  /** The connection's settings, as the app's own connection has them. */
  settings: Record<string, string>;
}

function row(programme: BenchProgramme, voterId: string, i: number): BallotRow {
  return {
    id: randomUUID(),
    programmeId: programme.programmeId,
    categoryId: programme.categoryId,
    voterId,
    finalistId: programme.finalistIds[i % programme.finalistIds.length],
    slot: 0,
    receiptHash: randomBytes(32).toString("hex"),
    castAt: new Date(),
    networkPrefix: `10.${(i >> 8) & 255}.${i & 255}.0/24`,
    userAgentHash: "0123456789abcdef",
  };
}

async function sqliteRawInsert(file: string, programme: BenchProgramme, voters: string[], seconds: number): Promise<RawInsertResult> {
  // Opened like @prisma/adapter-better-sqlite3 opens it (no pragmas of its own; WAL persists in the file).
  const sqlite = new Database(file, { timeout: 5000 });
  try {
    const settings = {
      journal_mode: String(sqlite.pragma("journal_mode", { simple: true })),
      synchronous: String(sqlite.pragma("synchronous", { simple: true })),
    };
    const insert = sqlite.prepare(guardedInsertSql("sqlite"));
    const iso = (d: Date) => d.toISOString().replace("Z", "+00:00");
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    let rows = 0;
    while (rows < voters.length && performance.now() < deadline) {
      const next = row(programme, voters[rows], rows);
      rows += insert.run(...guardedInsertValues("sqlite", next, limitFor(next), iso)).changes;
    }
    return { rowsPerSecond: rows / ((performance.now() - started) / 1000), rows, settings };
  } finally {
    sqlite.close();
  }
}

async function postgresRawInsert(url: string, programme: BenchProgramme, voters: string[], seconds: number): Promise<RawInsertResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const settings: Record<string, string> = {};
    for (const name of ["synchronous_commit", "fsync", "wal_level"]) settings[name] = (await client.query(`SHOW ${name}`)).rows[0][name];
    const text = guardedInsertSql("postgresql");
    const deadline = performance.now() + seconds * 1000;
    const started = performance.now();
    let rows = 0;
    while (rows < voters.length && performance.now() < deadline) {
      const next = row(programme, voters[rows], rows);
      const values = guardedInsertValues("postgresql", next, limitFor(next), (d) => d.toISOString());
      rows += (await client.query({ name: "bench-ballot", text, values })).rowCount ?? 0;
    }
    return { rowsPerSecond: rows / ((performance.now() - started) / 1000), rows, settings };
  } finally {
    await client.end();
  }
}

/** Inserts one ballot per voter in `voters` for up to `seconds`, and reports rows per second. */
export function rawInsert(database: BenchDatabase, programme: BenchProgramme, voters: string[], seconds: number): Promise<RawInsertResult> {
  return database.provider === "sqlite"
    ? sqliteRawInsert(database.file!, programme, voters, seconds)
    : postgresRawInsert(database.url, programme, voters, seconds);
}
