// Extra instances of the app for the vote's system specs: `next start` from
// the e2e server's build, on the e2e database, on ports next to the e2e
// server's, trusting X-Forwarded-For so each request can name its own address.
// Each runs in its own process group, so a spec can stop it cleanly or kill it
// outright (SIGKILL) to simulate a crash. The ballots are read straight from
// the database with the plain driver (test workers cannot load Prisma).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { E2E_AUTH_SECRET, E2E_PORT } from "./e2e-env";

export interface AppInstance {
  origin: string;
  /** Ends the instance with `signal` (SIGTERM: a clean stop; SIGKILL: a crash) and waits until it is gone. */
  stop: (signal?: "SIGTERM" | "SIGKILL") => Promise<void>;
}

/** Secrets as the e2e server's `npm start` got them: its environment, else data/secrets.json. */
function appSecrets(): Record<string, string> {
  const file = path.join(path.resolve(process.env.LAUREL_DATA_DIR ?? "data"), "secrets.json");
  const stored = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {};
  const secrets: Record<string, string> = {};
  for (const name of ["LAUREL_HMAC_KEY", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"]) {
    const value = process.env[name] ?? stored[name];
    if (!value) throw new Error(`${name} is neither in the environment nor in ${file}: is the e2e server running?`);
    secrets[name] = value;
  }
  return secrets;
}

async function waitUntilServing(origin: string, child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`next start on ${origin} exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start on ${origin} did not answer within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts the n-th extra instance (n = 0, 1, …) on port E2E_PORT + 2 + n
 * (E2E_PORT + 1 is the control API) against `databaseUrl`.
 */
export async function startAppInstance(n: number, databaseUrl: string): Promise<AppInstance> {
  const port = E2E_PORT + 2 + n;
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "-H", "127.0.0.1", "-p", String(port)], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      ...appSecrets(),
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: E2E_AUTH_SECRET,
      AUTH_URL: origin,
      AUTH_TRUST_HOST: "true",
      TRUSTED_PROXY_HEADER: "x-forwarded-for",
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(port),
    },
  });
  let log = "";
  const keep = (chunk: Buffer) => (log = (log + chunk.toString("utf8")).slice(-4000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const stop = async (signal: "SIGTERM" | "SIGKILL" = "SIGTERM") => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    try {
      // The whole group: `next start` serves from a child process of its own.
      process.kill(-child.pid!, signal);
    } catch {
      // already gone
    }
    await exited;
  };
  try {
    await waitUntilServing(origin, child, () => log);
  } catch (error) {
    await stop("SIGKILL");
    throw error;
  }
  return { origin, stop };
}

/** The finalist of every Ballot row of `voterId`, read from the database itself. */
export async function ballotsOf(databaseUrl: string, voterId: string): Promise<{ finalistId: string }[]> {
  const sql = `SELECT "finalistId" FROM "Ballot" WHERE "voterId" = `;
  if (/^postgres(ql)?:\/\//i.test(databaseUrl)) {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      return (await client.query<{ finalistId: string }>(`${sql}$1`, [voterId])).rows;
    } finally {
      await client.end();
    }
  }
  const sqlite = new Database(databaseUrl.replace(/^file:/, ""), { readonly: true, fileMustExist: true });
  try {
    return sqlite.prepare(`${sql}?`).all(voterId) as { finalistId: string }[];
  } finally {
    sqlite.close();
  }
}

/** POSTs a ballot as the voter whose cookie is given, from the address `ip`. */
export async function postBallot(
  origin: string,
  slug: string,
  { cookie, categoryId, finalistId, ip }: { cookie: string; categoryId: string; finalistId: string; ip: string },
): Promise<{ status: number; body: { ok: boolean; reason?: string; receiptCode?: string } }> {
  const response = await fetch(`${origin}/api/vote/${slug}/ballots`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "x-forwarded-for": ip },
    body: JSON.stringify({ categoryId, finalistIds: [finalistId] }),
  });
  return { status: response.status, body: await response.json() };
}
