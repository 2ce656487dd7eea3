// PostgreSQL through @prisma/adapter-pg, plus the fixes the 7.10 wasm engine
// and adapter need (known bugs 7-10 in /work/shared/prisma-offline.md).
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { postgresConfig, quoteIdent } from "./datasource.mjs";
import { EngineError, recordScriptErrors } from "./errors.mjs";
import { connectionError, pg, withClient } from "./postgres-admin.mjs";

// Bug 7: catalog queries return the internal `"char"` type (OID 18), which
// adapter-pg cannot map ("Column type 'char' could not be deserialized").
// Its values are plain one-letter strings, so report the column as text.
const CHAR_OID = 18;
const TEXT_OID = 25;

function charAsText(result) {
  for (const one of Array.isArray(result) ? result : [result]) {
    for (const field of one?.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

class CharAsTextClient extends pg.Client {
  query(config, values, callback) {
    if (typeof values === "function") [callback, values] = [values, undefined];
    if (typeof callback === "function") {
      return super.query(config, values, (error, result) => callback(error, error ? result : charAsText(result)));
    }
    const pending = super.query(config, values);
    return typeof pending?.then === "function" ? pending.then(charAsText) : pending;
  }
}

function newPool(config) {
  const pool = new pg.Pool({ ...config, Client: CharAsTextClient, max: 4 });
  pool.on("error", () => {}); // idle-client errors surface on the next query
  return pool;
}

async function ensureSchema(pool, schema) {
  const { rowCount } = await pool.query("SELECT 1 FROM pg_namespace WHERE nspname = $1", [schema]);
  if (!rowCount) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
}

async function wrapAdapter(pool, schema, errors, onDispose) {
  const adapter = await new PrismaPg(pool, { schema }).connect();
  // adapter-pg's executeScript splits on ";" (breaking strings and function
  // bodies, and losing the native all-or-nothing script). One simple-protocol
  // query runs the whole script like the native engine does.
  adapter.executeScript = async (script) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  recordScriptErrors(adapter, errors);
  adapter.dispose = onDispose;
  return adapter;
}

export function createPostgresDriver(datasource) {
  if (!datasource.url) {
    throw new EngineError("P1012", "The datasource URL is missing. Set DATABASE_URL (see prisma.config.ts).");
  }
  const main = postgresConfig(datasource.url);
  const explicitShadow = datasource.shadowDatabaseUrl ? postgresConfig(datasource.shadowDatabaseUrl) : null;
  const pools = new Set();
  const temporaryDatabases = new Set();
  const errors = { lastScriptError: null };

  async function openPool(config, schema) {
    const pool = newPool(config);
    pools.add(pool);
    try {
      await ensureSchema(pool, schema); // bug 9, second half: the schema must exist
    } catch (error) {
      pools.delete(pool);
      await pool.end().catch(() => {});
      throw connectionError(error, config);
    }
    return pool;
  }

  async function endPool(pool) {
    if (!pools.delete(pool)) return;
    await pool.end().catch(() => {});
  }

  async function dropTemporaryDatabase(name) {
    if (!temporaryDatabases.delete(name)) return;
    await withClient(main.config, async (client) => {
      const drop = `DROP DATABASE IF EXISTS ${quoteIdent(name)}`;
      // WITH (FORCE) (PostgreSQL 13+) ends connections a crashed step left open.
      await client.query(`${drop} WITH (FORCE)`).catch((error) => {
        if (error.code === "42601") return client.query(drop);
        throw error;
      });
    });
  }

  const factory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    async connect() {
      const pool = await openPool(main.config, main.schema);
      return wrapAdapter(pool, main.schema, errors, () => endPool(pool));
    },
    async connectToShadowDb() {
      if (explicitShadow) {
        // Bug 10: an explicit shadowDatabaseUrl is not wiped before use.
        const pool = await openPool(explicitShadow.config, explicitShadow.schema);
        await wipeSchema(pool, explicitShadow.schema);
        return wrapAdapter(pool, explicitShadow.schema, errors, () => endPool(pool));
      }
      // Bug 8: adapter-pg drops the shadow database while its pool still has
      // it open, and with {connectionString} it would even connect to the main
      // database. We create it, connect with discrete fields, and on dispose
      // close the pool before dropping the database.
      const name = `prisma_migrate_shadow_db_${randomUUID()}`;
      await withClient(main.config, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`)).catch((error) => {
        throw new EngineError(
          "P3014",
          "Prisma Migrate could not create the shadow database. Please make sure the database user has permission to create databases. " +
            `Read more about the shadow database (and workarounds) at https://pris.ly/d/migrate-shadow\n\nOriginal error: \n${error.message}`,
        );
      });
      temporaryDatabases.add(name);
      const pool = await openPool({ ...main.config, database: name }, main.schema);
      return wrapAdapter(pool, main.schema, errors, async () => {
        await endPool(pool);
        await dropTemporaryDatabase(name);
      });
    },
  };

  return {
    provider: "postgresql",
    factory,
    schema: main.schema,
    errors,
    // Leftover shadow databases are dropped after every request, so a CLI
    // that kills us right after the last answer leaves nothing behind.
    async dropLeftoverShadows() {
      for (const name of [...temporaryDatabases]) await dropTemporaryDatabase(name).catch(() => {});
    },
    async close() {
      for (const pool of [...pools]) await endPool(pool);
      for (const name of [...temporaryDatabases]) await dropTemporaryDatabase(name).catch(() => {});
    },
  };
}

async function wipeSchema(pool, schema) {
  await pool.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
  await pool.query(`CREATE SCHEMA ${quoteIdent(schema)}`);
}
