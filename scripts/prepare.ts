// Gets a database ready to serve: secrets, reachability, migrations, WAL mode
// and (outside production) the demo data. `npm start` runs it first; run it on
// its own with `npm run prepare:db`.
import { spawnSync } from "node:child_process";
import path from "node:path";
import Database from "better-sqlite3";
import { ConfigError } from "@/lib/config/config-error";
import { ensureSecrets } from "@/lib/config/secrets";
import { checkPostgres, ensureWritableDir, resolveDatabaseOrExplain } from "@/lib/config/check-environment";
import { createDbClient } from "@/lib/db/create-client";
import { seed } from "@/prisma/seed";

type Env = Record<string, string | undefined>;

export function isProduction(env: Env): boolean {
  return env.NODE_ENV === "production";
}

function migrate(env: Env): void {
  const prisma = path.join(process.cwd(), "node_modules", ".bin", "prisma");
  const run = spawnSync(prisma, ["migrate", "deploy"], { env: env as NodeJS.ProcessEnv, encoding: "utf8" });
  if (run.status !== 0) {
    const output = `${run.stdout ?? ""}\n${run.stderr ?? ""}`.trim();
    const reason = output.split("\n").filter((l) => /error|P\d{4}/i.test(l)).slice(-1)[0] ?? output.split("\n").slice(-1)[0];
    throw new ConfigError(`The database could not be migrated (${reason?.trim() || "prisma migrate deploy failed"}): check DATABASE_URL and its permissions.`);
  }
}

function enableWal(file: string): void {
  const sqlite = new Database(file);
  try {
    // Persistent: once set, every later connection to the file uses WAL.
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
}

export async function prepare(env: Env = process.env, log: (line: string) => void = console.log): Promise<void> {
  const production = isProduction(env);
  const database = resolveDatabaseOrExplain(env);
  const dataDir = path.resolve(env.LAUREL_DATA_DIR ?? "data");
  ensureWritableDir(dataDir, "data folder");
  if (database.file) ensureWritableDir(path.dirname(database.file), "database folder");
  ensureSecrets(env, dataDir, production);
  if (database.provider === "postgresql") await checkPostgres(database.url);

  migrate(env);
  if (database.file) enableWal(database.file);
  log(`Database ready (${database.provider}).`);

  const demo = env.LAUREL_DEMO_DATA ?? (production ? "false" : "true");
  if (demo === "true") {
    const db = createDbClient(env);
    try {
      const { created } = await seed(db);
      if (created.length) log(`Demo programmes created: ${created.join(", ")}.`);
    } finally {
      await db.$disconnect();
    }
  }
}

export async function runOrExplain(task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\nLaurel cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
}

if (process.argv[1]?.endsWith("prepare.ts")) {
  void runOrExplain(() => prepare());
}
