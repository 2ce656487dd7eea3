// The stand-in schema engine on SQLite, through the real Prisma CLI.
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, it } from "vitest";
import { migrateFlow } from "./migrate-flow";
import {
  engineBinary,
  migrationsList,
  noFilters,
  prisma,
  removeTempDirs,
  repoRoot,
  rpcSession,
  run,
  sqliteDatabases,
  tempDir,
} from "./testing";

afterAll(removeTempDirs);

const committed = () => migrationsList(path.join(repoRoot, "prisma", "sqlite", "migrations"));

function sqliteFile(dir: string, name: string, sql = "") {
  const file = path.join(dir, name);
  const db = new Database(file);
  if (sql) db.exec(sql);
  db.close();
  return file;
}

const userTables = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").pluck().all();
  } finally {
    db.close();
  }
};

describe("stand-in schema engine: protocol", () => {
  it.concurrent("--version prints the engine hash, and the CLI reports it", async ({ expect }) => {
    const own = await run(engineBinary, ["--version"], { cwd: tempDir("version") });
    expect(own.code, own.output).toBe(0);
    const hash = /^schema-engine-cli ([0-9a-f]{40})\n$/.exec(own.stdout)?.[1];
    expect(hash, own.stdout).toBeDefined();

    const cli = await prisma(["--version"], { cwd: tempDir("version") });
    expect(cli.code, cli.output).toBe(0);
    expect(cli.stdout).toMatch(new RegExp(`Schema Engine\\s+: schema-engine-cli ${hash} .*PRISMA_SCHEMA_ENGINE_BINARY`));
  });

  it.concurrent("one-shot `cli can-connect-to-database` fails with P1003 in JSON log lines for a missing file", async ({ expect }) => {
    const dir = tempDir("oneshot");
    const datasource = JSON.stringify({ url: "file:./missing.db" });
    const result = await run(engineBinary, ["--datasource", datasource, "cli", "can-connect-to-database"], { cwd: dir });
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split("\n").map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThanOrEqual(2); // the CLI drops the first line
    expect(lines.at(-1)).toMatchObject({
      level: "ERROR",
      target: "schema_engine::logger",
      fields: { error_code: "P1003" },
    });
  });
});

describe("stand-in schema engine: JSON-RPC on SQLite", () => {
  it.concurrent("history commands work on an empty database without creating the migrations table (bug 1)", async ({ expect }) => {
    const dir = tempDir("rpc");
    const file = sqliteFile(dir, "empty.db");
    const engine = rpcSession({ url: `file:${file}` }, dir);
    const diagnose = await engine.call("diagnoseMigrationHistory", {
      migrationsList: committed(),
      optInToShadowDatabase: false,
      filters: noFilters,
    });
    expect(diagnose.error).toBeUndefined();
    expect(diagnose.result).toMatchObject({ hasMigrationsTable: false, history: { diagnostic: "databaseIsBehind" } });
    const dev = await engine.call("devDiagnostic", { migrationsList: committed(), filters: noFilters });
    expect(dev).toEqual(expect.objectContaining({ result: { action: { tag: "createMigration" } } }));
    expect(await engine.close()).toBe(0);
    expect(engine.stderrLines.every((line) => JSON.parse(line).fields)).toBe(true);
    expect(userTables(file)).toEqual([]);
  });

  it.concurrent("applyMigrations on a non-empty database without history answers P3005, like the native engine", async ({ expect }) => {
    const dir = tempDir("rpc");
    const file = sqliteFile(dir, "used.db", "CREATE TABLE legacy (id INTEGER PRIMARY KEY);");
    const engine = rpcSession({ url: `file:${file}` }, dir);
    const apply = await engine.call("applyMigrations", { migrationsList: committed(), filters: noFilters });
    expect(apply.error?.data).toMatchObject({ error_code: "P3005", is_panic: false });
    expect(await engine.close()).toBe(0);
    expect(userTables(file)).toEqual(["legacy"]);
  });

  it.concurrent("diff asks the CLI to print the script and returns only the exit code", async ({ expect }) => {
    const dir = tempDir("rpc");
    const engine = rpcSession({ url: `file:${path.join(dir, "unused.db")}` }, dir);
    const schema = 'datasource db {\n  provider = "sqlite"\n}\n\nmodel Thing {\n  id Int @id\n}\n';
    const diff = await engine.call("diff", {
      from: { tag: "empty" },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] },
      script: true,
      exitCode: true,
      filters: noFilters,
    });
    expect(diff).toEqual(expect.objectContaining({ result: { exitCode: 2 } }));
    expect(engine.printed).toHaveLength(1);
    expect(engine.printed[0]).toMatch(/^-- CreateTable\nCREATE TABLE "Thing"[\s\S]*\);$/);
    expect(await engine.close()).toBe(0);
  });
});

describe("stand-in schema engine on SQLite", () => {
  migrateFlow(sqliteDatabases);
});
