// The app under test: a production build (made when missing or older than the
// sources, the way `npm start` decides), a fresh database, and `next start`
// on a loopback port. The server trusts X-Forwarded-For so every simulated
// voter can come from their own address, as they would behind a proxy.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { ensureSecrets } from "@/lib/config/secrets";
import { buildFingerprint, buildIsCurrent, stampBuild } from "@/scripts/build-stamp";
import { prepare } from "@/scripts/prepare";

type Env = Record<string, string | undefined>;

const root = process.cwd();

function buildIfStale(env: Env, log: (line: string) => void): void {
  const fingerprint = buildFingerprint(env);
  if (buildIsCurrent(fingerprint)) return;
  log("Building the app for production (missing or older than the sources)…");
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: env as NodeJS.ProcessEnv });
  if (build.status !== 0) throw new Error("next build failed (see the output above).");
  stampBuild(fingerprint);
}

export interface BenchDatabase {
  provider: "sqlite" | "postgresql";
  url: string;
  /** The SQLite file; undefined for PostgreSQL. */
  file?: string;
  drop: () => Promise<void>;
}

/** A fresh SQLite file in a temp folder, or a fresh database on the PostgreSQL server `postgresUrl` names. */
export async function freshBenchDatabase(postgresUrl?: string): Promise<BenchDatabase> {
  if (!postgresUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), "laurel-bench-"));
    const file = path.join(dir, "bench.db");
    return { provider: "sqlite", url: `file:${file}`, file, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `laurel_bench_${randomBytes(4).toString("hex")}`;
  const admin = new URL(postgresUrl);
  admin.pathname = "/postgres";
  const run = async (sql: string) => {
    const client = new pg.Client({ connectionString: admin.toString(), connectionTimeoutMillis: 5000 });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return { provider: "postgresql", url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

export interface BenchServer {
  origin: string;
  env: Env;
  stop: () => Promise<void>;
}

async function waitForHealth(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The app did not answer ${origin}/api/health within ${timeoutMs} ms`);
}

/** Prepares `database`, builds when needed and starts the app on 127.0.0.1:`port`. */
export async function startBenchServer(database: BenchDatabase, port: number, log: (line: string) => void): Promise<BenchServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "laurel-bench-data-"));
  const env: Env = {
    ...process.env,
    DATABASE_URL: database.url,
    LAUREL_DATA_DIR: dataDir,
    LAUREL_DEMO_DATA: "false",
    // Fresh per run; the bench signs voter cookies with the same key.
    LAUREL_HMAC_KEY: randomBytes(32).toString("base64"),
    AUTH_SECRET: randomBytes(32).toString("base64"),
    AUTH_URL: `http://127.0.0.1:${port}`,
    AUTH_TRUST_HOST: "true",
    TRUSTED_PROXY_HEADER: "x-forwarded-for",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  try {
    // The server-action key is part of the build: take the checkout's, so the build stays reusable.
    mkdirSync(path.join(root, "data"), { recursive: true });
    ensureSecrets(env, path.join(root, "data"), false);
    await prepare(env, log);
    buildIfStale(env, log);
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  // BENCH_CPU_PROF_DIR=<dir>: the server writes a V8 CPU profile there when it stops (to see where a vote's time goes).
  const profile = process.env.BENCH_CPU_PROF_DIR;
  const [command, args] = profile
    ? [process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profile}`, path.join(root, "node_modules", "next", "dist", "bin", "next")]]
    : [path.join(root, "node_modules", ".bin", "next"), []];
  const child = spawn(command, [...args, "start", "-H", "127.0.0.1", "-p", String(port)], {
    env: env as NodeJS.ProcessEnv,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const origin = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid!, "SIGTERM");
      await exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(origin, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, env, stop };
}
