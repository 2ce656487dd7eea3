// Throwaway databases for integration tests: a migrated template is made once
// per run, and every test file gets its own copy of it.
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { migrationScripts } from "@/lib/testing/migration-sql";

export type TestProvider = "sqlite" | "postgresql";

export function testProvider(): TestProvider {
  return process.env.TEST_DATABASE_PROVIDER === "postgresql" ? "postgresql" : "sqlite";
}

export function postgresAdminUrl(): string {
  return process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

export function withDatabase(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function pgAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTemplate(provider: TestProvider): Promise<string> {
  const scripts = migrationScripts(provider);
  const tag = `${process.pid}_${randomBytes(3).toString("hex")}`;
  if (provider === "sqlite") {
    const dir = path.join(os.tmpdir(), "laurel-tests");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `template_${tag}.db`);
    const sqlite = new Database(file);
    for (const sql of scripts) sqlite.exec(sql);
    sqlite.close();
    return file;
  }
  const name = `laurel_tpl_${tag}`;
  await pgAdmin((c) => c.query(`CREATE DATABASE ${name}`));
  const client = new pg.Client({ connectionString: withDatabase(postgresAdminUrl(), name) });
  await client.connect();
  for (const sql of scripts) await client.query(sql);
  await client.end();
  return name;
}

export async function dropTemplate(provider: TestProvider, template: string): Promise<void> {
  if (provider === "sqlite") rmSync(template, { force: true });
  else await pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`));
}

/** A fresh copy of the template; returns its DATABASE_URL and a disposer. */
export async function createTestDatabase(
  provider: TestProvider,
  template: string,
): Promise<{ url: string; dispose: () => Promise<void> }> {
  const tag = randomBytes(4).toString("hex");
  if (provider === "sqlite") {
    const file = template.replace(/template_[^/]+\.db$/, `test_${tag}.db`);
    copyFileSync(template, file);
    return {
      url: `file:${file}`,
      dispose: async () => {
        for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
      },
    };
  }
  const name = `laurel_test_${tag}`;
  await pgAdmin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  return {
    url: withDatabase(postgresAdminUrl(), name),
    dispose: () => pgAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
