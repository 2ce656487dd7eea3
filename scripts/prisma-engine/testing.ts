// Helpers for the stand-in schema engine's integration tests: they run the
// real Prisma CLI (node_modules/.bin/prisma) as a child process, with
// PRISMA_SCHEMA_ENGINE_BINARY pointing at scripts/prisma-engine/schema-engine.mjs,
// in throwaway project folders under os.tmpdir() (the repo's own migration
// folders are never written to).
import { execFile, spawn } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import os from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import Database from "better-sqlite3";
import pg from "pg";

export type Provider = "sqlite" | "postgresql";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const engineBinary = path.join(repoRoot, "scripts", "prisma-engine", "schema-engine.mjs");
const prismaBinary = path.join(repoRoot, "node_modules", ".bin", "prisma");

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for assertion messages */
  output: string;
}

export function run(
  file: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string | undefined> },
): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Never inherit a database from the test runner (the integration setup sets one).
  for (const key of ["DATABASE_URL", "SHADOW_DATABASE_URL", "SCHEMA_ENGINE_TRACE", "FORCE_COLOR"]) delete env[key];
  Object.assign(env, {
    PRISMA_SCHEMA_ENGINE_BINARY: engineBinary,
    CHECKPOINT_DISABLE: "1", // no update-check child process competing for the CPU
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    NO_COLOR: "1",
    ...options.env,
  });
  return new Promise((resolve) => {
    execFile(file, args, { cwd: options.cwd, env, timeout: 60_000, maxBuffer: 16 << 20 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
      const out = stripVTControlCharacters(String(stdout));
      const err = stripVTControlCharacters(String(stderr));
      resolve({ code, stdout: out, stderr: err, output: `${out}\n${err}` });
    });
  });
}

export function prisma(args: string[], options: { cwd: string; env?: Record<string, string | undefined> }) {
  return run(prismaBinary, args, options);
}

const tempDirs: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), `laurel-engine-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

/** For afterAll: removes every folder tempDir() made in this test file. */
export function removeTempDirs() {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/**
 * A throwaway Prisma project: the provider's committed schema and migrations,
 * a minimal prisma.config.mjs reading DATABASE_URL / SHADOW_DATABASE_URL, and a
 * node_modules link so the config can import "prisma/config".
 */
export class TempProject {
  readonly dir: string;
  constructor(readonly provider: Provider) {
    this.dir = tempDir(provider);
    symlinkSync(path.join(repoRoot, "node_modules"), path.join(this.dir, "node_modules"), "dir");
    cpSync(path.join(repoRoot, "prisma", provider, "migrations"), this.migrationsDir, { recursive: true });
    // Without the generator block: these tests never generate a client.
    const schema = readFileSync(path.join(repoRoot, "prisma", provider, "schema.prisma"), "utf8");
    writeFileSync(this.schemaFile, schema.replace(/generator\s+\w+\s*\{[^}]*\}\s*/m, ""));
    // Plain .mjs: the CLI loads it a little faster than TypeScript.
    writeFileSync(
      path.join(this.dir, "prisma.config.mjs"),
      [
        'import { defineConfig } from "prisma/config";',
        "export default defineConfig({",
        '  schema: "schema.prisma",',
        '  migrations: { path: "migrations" },',
        "  datasource: {",
        "    url: process.env.DATABASE_URL,",
        "    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),",
        "  },",
        "});",
        "",
      ].join("\n"),
    );
  }

  get schemaFile() {
    return path.join(this.dir, "schema.prisma");
  }

  get migrationsDir() {
    return path.join(this.dir, "migrations");
  }

  prisma(args: string[], databaseUrl: string, env: Record<string, string | undefined> = {}) {
    return prisma(args, { cwd: this.dir, env: { DATABASE_URL: databaseUrl, ...env } });
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Direct access to the databases the CLI works on, to check what it did. */
export interface TestDatabases {
  provider: Provider;
  /** DATABASE_URL for the database called `name` (which need not exist yet). */
  url(name: string): string;
  tables(url: string): Promise<string[]>;
  query<T = Record<string, unknown>>(url: string, sql: string): Promise<T[]>;
  dispose(): Promise<void>;
}

export function sqliteDatabases(): TestDatabases {
  const dir = tempDir("sqlite-db");
  const fileOf = (url: string) => url.replace(/^file:/, "");
  const withDb = <T>(url: string, fn: (db: Database.Database) => T): T => {
    const db = new Database(fileOf(url), { fileMustExist: true });
    try {
      return fn(db);
    } finally {
      db.close();
    }
  };
  return {
    provider: "sqlite",
    url: (name) => `file:${path.join(dir, `${name}.db`)}`,
    tables: async (url) =>
      withDb(url, (db) =>
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").pluck().all(),
      ) as string[],
    query: async (url, sql) => withDb(url, (db) => db.prepare(sql).all()) as never,
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

// ---- PostgreSQL ----

export const postgresAdminUrl = () => process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

function databaseUrl(database: string, params = "") {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${database}`;
  url.search = params;
  return url.toString();
}

async function withPg<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function postgresReachable(): Promise<string | null> {
  try {
    await withPg(postgresAdminUrl(), (client) => client.query("SELECT 1"));
    return null;
  } catch (error) {
    return `PostgreSQL is not reachable at ${postgresAdminUrl()} (set TEST_POSTGRES_URL): ${(error as Error).message}`;
  }
}

export const adminQuery = (sql: string) => withPg(postgresAdminUrl(), (client) => client.query(sql));

/**
 * Databases named `<prefix>_<name>`, all using the Postgres schema `schema`
 * through `?schema=` (the stand-in must honour it: known bug 9).
 */
export function postgresDatabases(schema: string): TestDatabases & { prefix: string } {
  const prefix = `laurel_engine_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const nameOf = (url: string) => new URL(url).pathname.slice(1);
  const plain = (url: string) => databaseUrl(nameOf(url));
  return {
    provider: "postgresql",
    prefix,
    url: (name) => databaseUrl(`${prefix}_${name}`, `?schema=${schema}`),
    tables: async (url) =>
      withPg(plain(url), async (client) => {
        const { rows } = await client.query(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE'",
          [schema],
        );
        return rows.map((row) => row.table_name as string);
      }),
    query: (url, sql) =>
      withPg(plain(url), async (client) => {
        await client.query(`SET search_path TO "${schema}"`);
        return (await client.query(sql)).rows;
      }),
    dispose: async () => {
      const { rows } = await adminQuery(`SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'`);
      for (const { datname } of rows) await adminQuery(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    },
  };
}

// ---- the engine's JSON-RPC mode, without the CLI ----

export interface RpcReply {
  id: number;
  result?: unknown;
  error?: { code: number; message: string; data?: { is_panic: boolean; message: string; error_code?: string } };
}

export interface RpcSession {
  call(method: string, params?: unknown): Promise<RpcReply>;
  /** What the engine asked us to print (its "print" requests). */
  printed: string[];
  /** Every stderr line (all must be JSON). */
  stderrLines: string[];
  close(): Promise<number | null>;
}

/** Talks to the stand-in in RPC mode the way the CLI does (one request at a time). */
export function rpcSession(datasource: object, cwd: string): RpcSession {
  const child = spawn(engineBinary, ["--datasource", JSON.stringify(datasource)], {
    cwd,
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, SCHEMA_ENGINE_TRACE: undefined },
  });
  const printed: string[] = [];
  const stderrLines: string[] = [];
  createInterface({ input: child.stderr }).on("line", (line) => stderrLines.push(line));
  const waiting = new Map<number, (message: RpcReply) => void>();
  let nextId = 1;
  createInterface({ input: child.stdout }).on("line", (line) => {
    const message = JSON.parse(line);
    if (message.method === "print") {
      printed.push(message.params.content);
      child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id: message.id, result: {} })}\n`);
      return;
    }
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  return {
    printed,
    stderrLines,
    call: (method, params) =>
      new Promise((resolve) => {
        const id = nextId++;
        waiting.set(id, resolve);
        child.stdin.write(`${JSON.stringify({ jsonrpc: "2.0", id, method, params })}\n`);
      }),
    close: () => {
      child.stdin.end();
      return exited;
    },
  };
}

export const noFilters = { externalTables: [], externalEnums: [] };

/** The migrationsList param the CLI sends, for a migrations folder. */
export function migrationsList(dir: string) {
  const read = (file: string) => (existsSync(file) ? readFileSync(file, "utf8") : null);
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: read(path.join(dir, "migration_lock.toml")) },
    shadowDbInitScript: "",
    migrationDirectories: readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort()
      .map((name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok", value: readFileSync(path.join(dir, name, "migration.sql"), "utf8") },
        },
      })),
  };
}
