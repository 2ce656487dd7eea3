// PostgreSQL outside the engine: single short-lived connections for
// can-connect / create / drop database (the one-shot `cli` commands) and for
// shadow-database DDL, plus driver errors mapped to Prisma's P10xx codes.
import { createRequire } from "node:module";
import { postgresConfig, quoteIdent } from "./datasource.mjs";
import { EngineError } from "./errors.mjs";

// PrismaPg checks `instanceof pg.Pool`, so use the very `pg` it imports.
export const pg = createRequire(createRequire(import.meta.url).resolve("@prisma/adapter-pg"))("pg");

// A short-lived single connection, for DDL outside the engine's pools.
export async function withClient(config, fn) {
  const client = new pg.Client(config);
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    throw connectionError(error, config);
  }
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

function adminConfigs(config) {
  // Like the native engine: connect to the `postgres` database, else template1.
  return [{ ...config, database: "postgres" }, { ...config, database: "template1" }];
}

async function withAdminClient(config, fn) {
  let lastError;
  for (const admin of adminConfigs(config)) {
    try {
      return await withClient(admin, fn);
    } catch (error) {
      lastError = error;
      if (error.code !== "P1003") throw error;
    }
  }
  throw lastError;
}

export async function postgresCanConnect(url) {
  const { config } = postgresConfig(url);
  await withClient(config, (client) => client.query("SELECT 1"));
}

export async function postgresCreateDatabase(url) {
  const { config, schema } = postgresConfig(url);
  await withAdminClient(config, (client) => client.query(`CREATE DATABASE ${quoteIdent(config.database)}`)).catch(
    (error) => {
      if (error.code === "42P04") {
        throw new EngineError(
          "P1009",
          `Database \`${config.database}\` already exists on the database server at \`${config.host}:${config.port}\``,
        );
      }
      throw error instanceof EngineError ? error : new EngineError(null, error.message);
    },
  );
  if (schema !== "public") {
    await withClient(config, (client) => client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`));
  }
  return config.database;
}

export async function postgresDropDatabase(url) {
  const { config } = postgresConfig(url);
  await withAdminClient(config, (client) => client.query(`DROP DATABASE ${quoteIdent(config.database)}`)).catch(
    (error) => {
      throw error instanceof EngineError ? error : new EngineError(null, error.message);
    },
  );
}

// Driver connection errors -> the native engine's user-facing codes.
export function connectionError(error, config) {
  if (error instanceof EngineError) return error;
  const where = `\`${config.host}\`:\`${config.port}\``;
  const code = error?.code;
  const message = String(error?.message ?? error);
  if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "EAI_AGAIN", "ENETUNREACH", "ECONNRESET"].includes(code)) {
    return new EngineError(
      "P1001",
      `Can't reach database server at ${where}\n\nPlease make sure your database server is running at ${where}.`,
      { database_host: config.host, database_port: config.port },
    );
  }
  if (/timeout/i.test(message)) {
    return new EngineError(
      "P1002",
      `The database server at ${where} was reached but timed out.\n\nPlease try again.\n\nPlease make sure your database server is running at ${where}.\n\nContext: ${message}\n`,
    );
  }
  if (code === "3D000") {
    return new EngineError(
      "P1003",
      `Database \`${config.database}\` does not exist on the database server at \`${config.host}:${config.port}\`.`,
      { database_name: config.database, database_host: config.host, database_port: config.port },
    );
  }
  if (code === "28P01" || code === "28000") {
    return new EngineError(
      "P1000",
      `Authentication failed against database server at \`${config.host}\`, the provided database credentials for \`${config.user ?? ""}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${config.host}\`.`,
    );
  }
  if (/ssl|tls|certificate/i.test(message)) {
    return new EngineError("P1011", `Error opening a TLS connection: ${message}`);
  }
  return new EngineError(null, message);
}
