// Answers the CLI's JSON-RPC methods with the wasm engine, working around
// what it lacks or gets wrong (see /work/shared/prisma-offline.md).
import { existsSync } from "node:fs";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { providerOfFiles, providerOfUrl, sqlitePath, unsupportedProvider } from "./datasource.mjs";
import { createDatabase, dropDatabase } from "./databases.mjs";
import { EngineError, migrationFailedError, toRpcError } from "./errors.mjs";
import { forwardWasmLog, trace } from "./log.mjs";
import { loadWasm, takePanicMessage } from "./wasm.mjs";

// Methods the wasm engine has under the same name as the JSON-RPC method.
const WASM_METHODS = new Set([
  "applyMigrations",
  "createMigration",
  "dbExecute",
  "debugPanic",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "ensureConnectionValidity",
  "evaluateDataLoss",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "schemaPush",
]);

const P3005 =
  "The database schema is not empty. Read more about how to baseline an existing production database: https://pris.ly/d/migrate-baseline";

export class MethodNotFound extends Error {}

export class EngineHost {
  #datasource;
  #datamodels;
  #print;
  #engine = null;
  #driver = null;
  #registry = null;
  #lastCall = null;

  constructor({ datasource, datamodels, print }) {
    this.#datasource = datasource;
    this.#datamodels = datamodels;
    this.#print = print;
  }

  // -> { result } or { error } (a JSON-RPC error object)
  async handle(method, params) {
    try {
      return { result: (await this.#dispatch(method, params ?? {})) ?? {} };
    } catch (error) {
      if (error instanceof MethodNotFound) return { error: { code: -32601, message: "Method not found" } };
      trace("error", method, error?.stack ?? String(error));
      const rpcError = toRpcError(error, this.#registry, takePanicMessage());
      // Nothing in a wasm instance is safe to use after a panic; the native
      // engine exits too (code 101), and the CLI reports the crash.
      return { error: rpcError, fatal: rpcError.data.is_panic };
    } finally {
      await this.#driver?.dropLeftoverShadows?.();
    }
  }

  async #dispatch(method, params) {
    switch (method) {
      case "getDatabaseVersion":
        await this.#open(params);
        return this.#engine.version();
      case "createDatabase":
        return { databaseName: await createDatabase(urlOf(params.datasource) ?? this.#datasource.url) };
      case "dropDatabase":
        await this.close();
        await dropDatabase(typeof params === "string" ? params : this.#datasource.url);
        return {};
      case "diff":
        return this.#diff(params);
      case "reset":
        return this.#reset(params);
      case "evaluateDataLoss":
      case "createMigration":
        await this.#open(params);
        await this.#warmMigrationCache(params);
        return this.#call(method, params);
      case "applyMigrations":
      case "diagnoseMigrationHistory":
      case "devDiagnostic":
      case "markMigrationApplied":
      case "markMigrationRolledBack":
        await this.#open(params);
        return this.#withMigrationsTable(method, params);
      default:
        if (!WASM_METHODS.has(method)) throw new MethodNotFound(method);
        await this.#open(params);
        return this.#call(method, params);
    }
  }

  async #call(method, params) {
    trace("call", method);
    const errors = this.#driver.errors;
    errors.lastScriptError = null;
    try {
      return await this.#engine[method](params);
    } catch (error) {
      throw method === "applyMigrations" ? migrationFailedError(error, errors.lastScriptError, params.migrationsList) : error;
    } finally {
      this.#lastCall = { method, migrations: JSON.stringify(params?.migrationsList ?? null) };
    }
  }

  // The wasm engine returns the diff as `stdout`; the native one asks the CLI
  // to print it (JSON-RPC request "print", without the final newline).
  async #diff(params) {
    // A diff between files must not create an empty SQLite database as a
    // side effect (better-sqlite3 creates missing files): use one in memory.
    const { url } = this.#datasource;
    const missingFile = this.#provider(params) === "sqlite" && url && !existsSync(sqlitePath(url));
    await this.#open(params, missingFile ? { ...this.#datasource, url: "file::memory:" } : undefined);
    const { stdout, exitCode } = await this.#call("diff", params);
    if (stdout) await this.#print(stdout.endsWith("\n") ? stdout.slice(0, -1) : stdout);
    return { exitCode };
  }

  async #reset(params) {
    if (this.#provider(params) === "postgresql") {
      await this.#open(params);
      return this.#call("reset", params);
    }
    // Bugs 3 and 4 (SQLite): the wasm reset only deletes rows and keeps
    // sqlite_sequence. Do what the native engine does: close every
    // connection and truncate the file. The next request reconnects.
    await this.close();
    const { emptySqliteFile } = await import("./sqlite.mjs");
    emptySqliteFile(this.#sqliteFile());
    return {};
  }

  // Bug 5: evaluateDataLoss and createMigration only work from the migration
  // schema cache that devDiagnostic fills (they cannot reach the shadow
  // database themselves), and other calls invalidate it. So run the
  // read-only devDiagnostic first unless it (or evaluateDataLoss) just ran
  // on the same migrations.
  async #warmMigrationCache(params) {
    const migrations = JSON.stringify(params.migrationsList ?? null);
    const last = this.#lastCall;
    if (last && last.migrations === migrations && ["devDiagnostic", "evaluateDataLoss"].includes(last.method)) return;
    const filters = params.filters ?? { externalTables: [], externalEnums: [] };
    await this.#withMigrationsTable("devDiagnostic", { migrationsList: params.migrationsList, filters });
  }

  // Bug 1 (SQLite): without a `_prisma_migrations` table every migration
  // command fails with P1014 instead of "not initialised". Give the engine a
  // table, and keep the native answers: deploying onto a non-empty schema is
  // P3005, read-only commands leave the database as they found it.
  async #withMigrationsTable(method, params) {
    const driver = this.#driver;
    if (driver.provider !== "sqlite") return this.#call(method, params);
    const { exists, empty } = driver.migrationsTableState();
    if (exists) return this.#call(method, params);
    if (method === "applyMigrations" && !empty) throw new EngineError("P3005", P3005);
    driver.createMigrationsTable();
    if (method === "applyMigrations" || method === "markMigrationApplied") return this.#call(method, params);
    try {
      const result = await this.#call(method, params);
      if (method === "diagnoseMigrationHistory") result.hasMigrationsTable = false;
      return result;
    } finally {
      if (driver === this.#driver) driver.dropMigrationsTable();
    }
  }

  #provider(params) {
    const { url } = this.#datasource;
    const provider =
      providerOfUrl(url) ??
      (url ? undefined : (providerOfFiles(this.#datamodels) ?? providerOfFiles(schemaFilesIn(params))));
    if (provider === "sqlite" || provider === "postgresql") return provider;
    throw unsupportedProvider(url ? `"${url.split(":")[0]}:"` : `provider "${provider ?? "unknown"}"`);
  }

  #sqliteFile() {
    return sqlitePath(this.#datasource.url ?? "file::memory:");
  }

  async #open(params, datasource = this.#datasource) {
    if (this.#engine) return;
    // Each provider's driver modules load only when used (pg alone costs ~0.1 s).
    const driver =
      this.#provider(params) === "sqlite"
        ? (await import("./sqlite.mjs")).createSqliteDriver(datasource)
        : (await import("./postgres.mjs")).createPostgresDriver(datasource);
    const bound = bindMigrationAwareSqlAdapterFactory(driver.factory);
    this.#driver = driver;
    this.#registry = bound.errorRegistry;
    const { SchemaEngine } = await loadWasm();
    try {
      this.#engine = await SchemaEngine.new({ datamodels: this.#datamodels }, forwardWasmLog, bound);
    } catch (error) {
      await driver.close();
      throw error;
    }
    this.#lastCall = null;
  }

  // On SIGTERM (the CLI kills us right after closing stdin): close SQLite
  // files synchronously so no journal is left behind.
  closeSync() {
    this.#driver?.closeSync?.();
  }

  async close() {
    const engine = this.#engine;
    const driver = this.#driver;
    this.#engine = null;
    this.#driver = null;
    this.#lastCall = null;
    try {
      engine?.free();
    } catch {
      // already unusable (e.g. after a panic)
    }
    await driver?.close();
  }
}

function urlOf(datasource) {
  return datasource?.tag === "ConnectionString" ? datasource.url : undefined;
}

// Schema files inside request params, to learn the provider when the config
// has no datasource URL (e.g. `migrate diff --from-empty --to-schema x`).
function schemaFilesIn(params) {
  const found = [];
  const visit = (value) => {
    if (!value || typeof value !== "object") return;
    if (Array.isArray(value.files)) found.push(...value.files);
    for (const key of ["from", "to", "schema", "datasource", "datasourceType"]) visit(value[key]);
  };
  visit(params);
  return found;
}
