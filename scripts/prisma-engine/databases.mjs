// Database-level operations the wasm engine does not have (it only works
// inside an existing database): can-connect, create, drop. Used by the
// one-shot `cli` mode and by the createDatabase/dropDatabase RPC methods.
import { providerOfUrl, sqliteFileInfo, unsupportedProvider } from "./datasource.mjs";
import { EngineError } from "./errors.mjs";

// Driver modules load only for the provider in use.
const postgres = () => import("./postgres-admin.mjs");
const sqlite = () => import("./sqlite.mjs");

function providerOrThrow(url) {
  if (!url) {
    throw new EngineError(
      null,
      "The datasource.url property is required in your Prisma config file when using prisma migrate commands.",
    );
  }
  const provider = providerOfUrl(url);
  if (!provider) throw unsupportedProvider(`"${url.split(":")[0]}:"`);
  return provider;
}

export async function canConnect(url) {
  if (providerOrThrow(url) === "postgresql") return (await postgres()).postgresCanConnect(url);
  const { file, name, exists } = sqliteFileInfo(url);
  if (!exists) {
    throw new EngineError("P1003", `Database ${name} does not exist at ${file}`, {
      database_file_name: name,
      database_file_path: file,
    });
  }
  if (file !== ":memory:") (await sqlite()).sqliteCanConnect(file);
}

export async function createDatabase(url) {
  if (providerOrThrow(url) === "postgresql") return (await postgres()).postgresCreateDatabase(url);
  const { file, name } = sqliteFileInfo(url);
  if (file !== ":memory:") (await sqlite()).sqliteCreate(file);
  return name;
}

export async function dropDatabase(url) {
  if (providerOrThrow(url) === "postgresql") return (await postgres()).postgresDropDatabase(url);
  const { file } = sqliteFileInfo(url);
  const { sqliteDrop } = await sqlite();
  try {
    if (file !== ":memory:") sqliteDrop(file);
  } catch (error) {
    throw new EngineError(null, `Failed to delete SQLite database at \`${file}\`.\n${error.message}`);
  }
}
