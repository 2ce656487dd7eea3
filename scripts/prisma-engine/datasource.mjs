// Reads the `--datasource` JSON the CLI passes ({"url", "shadowDatabaseUrl"})
// and turns URLs into what the drivers want: a file path for SQLite, discrete
// connection fields for PostgreSQL (see postgres.mjs for why not a URL).
import { existsSync } from "node:fs";
import { basename, resolve } from "node:path";
import { parse as parsePgUrl } from "pg-connection-string";
import { EngineError } from "./errors.mjs";

export function parseDatasource(json) {
  if (!json) return {};
  try {
    const value = JSON.parse(json);
    return value && typeof value === "object" ? value : {};
  } catch {
    throw new EngineError("P1013", `The provided database string is invalid. --datasource is not valid JSON.`);
  }
}

export function providerOfUrl(url) {
  if (typeof url !== "string") return undefined;
  if (/^postgres(ql)?:\/\//i.test(url)) return "postgresql";
  if (/^file:/i.test(url)) return "sqlite";
  return undefined;
}

// `provider = "..."` from the datasource block of Prisma schema text.
export function providerOfSchema(text) {
  const block = /datasource\s+\w+\s*\{([^}]*)\}/m.exec(text ?? "");
  const match = block && /provider\s*=\s*"([^"]+)"/.exec(block[1]);
  if (!match) return undefined;
  return match[1] === "postgres" ? "postgresql" : match[1];
}

export function providerOfFiles(files = []) {
  for (const file of files) {
    const content = Array.isArray(file) ? file[1] : file?.content;
    const provider = providerOfSchema(content);
    if (provider) return provider;
  }
  return undefined;
}

export function unsupportedProvider(what) {
  return new EngineError(
    null,
    `This project's schema engine (scripts/prisma-engine) supports SQLite ("file:...") and PostgreSQL ("postgresql://...") only; got ${what}.`,
  );
}

// "file:./dev.db?mode=x", "file:///abs/dev.db" -> absolute path, resolved
// against the cwd the CLI gave us (the config's folder in RPC mode).
export function sqlitePath(url) {
  const raw = url.replace(/^file:/i, "").replace(/^\/\/(?=\/)/, "").replace(/\?.*$/, "");
  if (raw === ":memory:" || raw === "") return ":memory:";
  return resolve(process.cwd(), decodeURIComponent(raw));
}

export function sqliteFileInfo(url) {
  const file = sqlitePath(url);
  return { file, name: basename(file), exists: file === ":memory:" || existsSync(file) };
}

// URL parameters only Prisma's native engine understands; pg would ignore
// them or, worse, send them as startup parameters.
const PRISMA_ONLY_PARAMS = [
  "schema",
  "connection_limit",
  "pool_timeout",
  "connect_timeout",
  "socket_timeout",
  "pgbouncer",
  "statement_cache_size",
  "sslaccept",
  "sslidentity",
  "sslpassword",
  "sslcert",
  "sslkey",
  "sslrootcert",
  "single_use_connections",
  "max_connection_lifetime",
  "max_idle_connection_lifetime",
];

export function postgresConfig(url) {
  let parsed;
  try {
    parsed = parsePgUrl(url);
  } catch (error) {
    throw new EngineError("P1013", `The provided database string is invalid. ${error.message}`);
  }
  const schema = parsed.schema || "public";
  const connectTimeout = Number(parsed.connect_timeout ?? 5);
  const config = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (value === undefined || value === null || PRISMA_ONLY_PARAMS.includes(key)) continue;
    config[key] = value;
  }
  // pg-connection-string already read sslcert/sslkey/sslrootcert into `ssl`.
  if (parsed.sslaccept === "accept_invalid_certs" && typeof config.ssl === "object") {
    config.ssl = { ...config.ssl, rejectUnauthorized: false };
  }
  config.port = Number(config.port || 5432);
  config.database ||= "postgres";
  config.host ||= "localhost";
  if (connectTimeout > 0) config.connectionTimeoutMillis = connectTimeout * 1000;
  // Fix for known bug 9: `?schema=x` never reaches the migration SQL through
  // the adapter, so every connection starts with search_path set to it.
  const searchPath = `-c search_path=${quoteIdent(schema).replace(/([\\ ])/g, "\\$1")}`;
  config.options = config.options ? `${config.options} ${searchPath}` : searchPath;
  return { config, schema };
}

export function quoteIdent(name) {
  return `"${String(name).replace(/"/g, '""')}"`;
}
