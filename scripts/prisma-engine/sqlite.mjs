// SQLite through @prisma/adapter-better-sqlite3, plus the fixes the 7.10 wasm
// engine needs on SQLite (known bugs 1-4 in /work/shared/prisma-offline.md).
import { closeSync, existsSync, mkdirSync, openSync, rmSync, statSync, truncateSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { sqlitePath } from "./datasource.mjs";
import { EngineError, recordScriptErrors } from "./errors.mjs";

// The engine's own DDL for the migrations table (sql-schema-connector, sqlite).
const MIGRATIONS_TABLE_DDL = `CREATE TABLE "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
);`;

export function createSqliteDriver(datasource) {
  const file = sqlitePath(datasource.url ?? "file::memory:");
  const shadowFile = datasource.shadowDatabaseUrl ? sqlitePath(datasource.shadowDatabaseUrl) : ":memory:";
  const open = new Set();
  const errors = { lastScriptError: null };
  let main;

  async function connectTo(path) {
    const adapter = await new PrismaBetterSqlite3({ url: path }).connect();
    allowMultiStatementRaw(adapter);
    recordScriptErrors(adapter, errors);
    open.add(adapter);
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      open.delete(adapter);
      if (main === adapter) main = undefined;
      if (adapter.client.open) await dispose();
    };
    return adapter;
  }

  const factory = {
    provider: "sqlite",
    adapterName: "@prisma/adapter-better-sqlite3",
    async connect() {
      if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
      main = await connectTo(file);
      return main;
    },
    async connectToShadowDb() {
      // Like bug 10 on PostgreSQL: an explicit shadow database must start empty.
      if (shadowFile !== ":memory:") emptyFile(shadowFile);
      return connectTo(shadowFile);
    },
  };

  function db() {
    if (!main?.client.open) throw new EngineError(null, "The SQLite database connection is not open.");
    return main.client;
  }

  return {
    provider: "sqlite",
    factory,
    file,
    errors,

    // Bug 1: on a fresh file "no such table: _prisma_migrations" comes back as
    // P1014 instead of "not initialised". Callers create the table (empty
    // database) or fall back to the native answers (non-empty database).
    migrationsTableState() {
      const rows = db()
        .prepare("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'")
        .pluck()
        .all();
      return { exists: rows.includes("_prisma_migrations"), empty: rows.length === 0 };
    },
    createMigrationsTable() {
      db().exec(MIGRATIONS_TABLE_DDL);
    },
    dropMigrationsTable() {
      db().exec('DROP TABLE IF EXISTS "_prisma_migrations"');
    },

    close: closeAll,
    closeSync() {
      for (const adapter of open) if (adapter.client.open) adapter.client.close();
      open.clear();
      main = undefined;
    },
  };

  async function closeAll() {
    for (const adapter of [...open]) await adapter.dispose().catch(() => {});
    open.clear();
    main = undefined;
  }
}

// Bug 2: replaying migrations on the shadow database goes through executeRaw,
// and better-sqlite3's prepare() rejects multi-statement SQL. Scripts without
// parameters run through exec() instead.
function allowMultiStatementRaw(adapter) {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query) => {
    try {
      return await executeRaw(query);
    } catch (error) {
      const multi = error instanceof RangeError && /more than one statement/i.test(error.message);
      if (!multi || query.args.length > 0) throw error;
      await adapter.executeScript(query.sql);
      return 0;
    }
  };
}

// Bugs 3 and 4: the wasm reset only deletes rows ("table already exists" on
// the next migration) and leaves sqlite_sequence behind (P3005). The native
// engine truncates the file instead; so do we (engine.mjs closes every
// connection first).
export function emptySqliteFile(path) {
  if (path !== ":memory:") emptyFile(path);
}

function emptyFile(path) {
  for (const suffix of ["-journal", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
  if (existsSync(path)) {
    if (statSync(path).size > 0) truncateSync(path, 0);
  } else {
    mkdirSync(dirname(path), { recursive: true });
    closeSync(openSync(path, "w"));
  }
}

// One-shot `cli` commands (see oneshot.mjs).
export function sqliteCanConnect(file) {
  const db = new Database(file, { fileMustExist: true });
  try {
    db.prepare("PRAGMA schema_version").get();
  } finally {
    db.close();
  }
}

export function sqliteCreate(file) {
  mkdirSync(dirname(file), { recursive: true });
  new Database(file).close();
}

export function sqliteDrop(file) {
  rmSync(file);
  for (const suffix of ["-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}
