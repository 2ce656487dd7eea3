// A fresh database for every e2e run, so journeys start from the seed alone.
// SQLite by default; PostgreSQL when E2E_DATABASE_URL names one.
import { rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { E2E_SQLITE_FILE } from "./e2e-env";

export interface E2eDatabase {
  provider: "sqlite" | "postgresql";
  url: string;
}

/** Deletes the e2e SQLite file and its journal/WAL companions. */
function freshSqlite(): E2eDatabase {
  const file = path.resolve(E2E_SQLITE_FILE);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  return { provider: "sqlite", url: `file:${file}` };
}

/**
 * Drops and recreates the database E2E_DATABASE_URL names. Because it drops,
 * it refuses any database whose name does not say it is for e2e.
 */
async function freshPostgres(url: string): Promise<E2eDatabase> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ""));
  if (!/^[A-Za-z0-9_]+$/.test(name) || !/e2e/i.test(name)) {
    throw new Error(
      `E2E_DATABASE_URL must name a database containing "e2e" (it is dropped and recreated), got "${name}". ` +
        "Example: postgresql://postgres@127.0.0.1:5432/laurel_e2e",
    );
  }
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  return { provider: "postgresql", url };
}

export function freshE2eDatabase(env: Record<string, string | undefined> = process.env): Promise<E2eDatabase> {
  const url = env.E2E_DATABASE_URL?.trim();
  return url ? freshPostgres(url) : Promise.resolve(freshSqlite());
}
