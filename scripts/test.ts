// `npm test`: every check the project has, in order, stopping at the first
// failure. Ends with a line "N passed, N failed" (steps) that CI reads.
//   npm test -- --only=unit,integration   run only these steps (or groups)
//   npm test -- --skip-e2e                 everything but the browser journeys
//   npm test -- --keep-going               run the rest after a failure
//   npm test -- --e2e-postgresql           also run the journeys on PostgreSQL (on by default in CI)
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";

type Env = Record<string, string | undefined>;

interface Step {
  name: string;
  groups: string[];
  command: string[];
  env?: Env;
  /** Runs only against a reachable PostgreSQL. */
  needsPostgres?: boolean;
  /**
   * Runs at the same time as the named step when both are planned. The integration passes
   * spend most of their time waiting on the databases (one file at a time), so
   * running SQLite and PostgreSQL side by side saves minutes on 2 cores.
   */
  alongside?: string;
}

type Outcome = "passed" | "failed" | "skipped" | "not run";

const ci = Boolean(process.env.CI);
const postgresAdminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const bin = (tool: string) => path.join("node_modules", ".bin", tool);

/** A database per app port, so two e2e runs on one machine never drop each other's. */
function e2eDatabaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  const url = new URL(postgresAdminUrl);
  url.pathname = `/laurel_e2e_${process.env.E2E_PORT ?? "3100"}`;
  return url.toString();
}

function steps(e2ePostgres: boolean): Step[] {
  const all: Step[] = [
    { name: "schemas", groups: ["static"], command: ["node", "scripts/db/render-schemas.mjs", "--check"] },
    { name: "typecheck", groups: ["static"], command: [bin("tsc"), "--noEmit"] },
    { name: "lint", groups: ["static"], command: [bin("eslint"), "--max-warnings=0", "."] },
    { name: "unit", groups: [], command: [bin("vitest"), "run", "--project", "unit"] },
    {
      name: "integration-sqlite",
      groups: ["integration", "sqlite"],
      command: [bin("vitest"), "run", "--project", "integration"],
      env: { TEST_DATABASE_PROVIDER: "sqlite" },
    },
    {
      name: "integration-postgresql",
      groups: ["integration", "postgresql"],
      command: [bin("vitest"), "run", "--project", "integration"],
      env: { TEST_DATABASE_PROVIDER: "postgresql", TEST_POSTGRES_URL: postgresAdminUrl },
      needsPostgres: true,
      alongside: "integration-sqlite",
    },
    // E2E_DATABASE_URL is cleared so the first e2e run is the embedded SQLite default.
    { name: "e2e", groups: ["e2e", "sqlite"], command: [bin("playwright"), "test"], env: { E2E_DATABASE_URL: undefined } },
  ];
  if (e2ePostgres) {
    all.push({
      name: "e2e-postgresql",
      groups: ["e2e", "postgresql"],
      command: [bin("playwright"), "test"],
      env: { E2E_DATABASE_URL: e2eDatabaseUrl() },
      needsPostgres: true,
    });
  }
  return all;
}

function parseArgs(argv: string[]) {
  const options = { only: undefined as string[] | undefined, skipE2e: false, keepGoing: false, e2ePostgres: ci };
  for (const arg of argv) {
    if (arg.startsWith("--only=")) options.only = arg.slice("--only=".length).split(",").map((s) => s.trim()).filter(Boolean);
    else if (arg === "--skip-e2e") options.skipE2e = true;
    else if (arg === "--keep-going") options.keepGoing = true;
    else if (arg === "--e2e-postgresql") options.e2ePostgres = true;
    else if (arg === "--no-e2e-postgresql") options.e2ePostgres = false;
    else {
      console.error(`Unknown option ${arg}. Options: --only=STEP[,STEP…] --skip-e2e --keep-going --e2e-postgresql --no-e2e-postgresql`);
      process.exit(2);
    }
  }
  return options;
}

function selected(step: Step, only: string[] | undefined): boolean {
  return !only || only.includes(step.name) || step.groups.some((g) => only.includes(g));
}

async function postgresReachable(url: string): Promise<string | null> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return null;
  } catch (error) {
    return error instanceof Error ? error.message || error.name : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Runs a step; with `prefix`, its output is piped line by line with that prefix (for steps running side by side). */
function run(step: Step, prefix?: string): Promise<number> {
  const env: Env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  for (const [key, value] of Object.entries(step.env ?? {})) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  const [command, ...args] = step.command;
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: prefix ? ["ignore", "pipe", "pipe"] : "inherit", env: env as NodeJS.ProcessEnv });
    if (prefix) {
      for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
        let pending = "";
        stream!.on("data", (chunk: Buffer) => {
          const lines = (pending + chunk.toString()).split("\n");
          pending = lines.pop()!;
          for (const line of lines) out.write(`${prefix} ${line}\n`);
        });
        stream!.on("end", () => pending && out.write(`${prefix} ${pending}\n`));
      }
    }
    child.on("error", (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const plan = steps(options.e2ePostgres).filter((s) => selected(s, options.only) && !(options.skipE2e && s.groups.includes("e2e")));
  const known = steps(true).flatMap((s) => [s.name, ...s.groups]);
  const unknown = (options.only ?? []).filter((name) => !known.includes(name));
  if (unknown.length || plan.length === 0) {
    console.error(`Nothing to run for --only=${options.only?.join(",")}. Steps and groups: ${[...new Set(known)].join(", ")}`);
    process.exit(2);
  }

  // undefined: not asked yet; null: reachable; a string: why it is not.
  let postgres: string | null | undefined;
  const results: { step: Step; outcome: Outcome; ms: number; note?: string }[] = [];
  let failed = false;
  for (let index = 0; index < plan.length; index++) {
    const step = plan[index];
    const partner = plan[index + 1]?.alongside === step.name ? plan[index + 1] : undefined;
    if (partner && !(failed && !options.keepGoing)) {
      if (partner.needsPostgres && postgres === undefined) postgres = await postgresReachable(postgresAdminUrl);
      if (!partner.needsPostgres || postgres === null) {
        console.log(`\n━━━ ${step.name} and ${partner.name}, side by side (lines prefixed [${step.name}] / [${partner.name}])\n`);
        const started = Date.now();
        const timed = (s: Step) => run(s, `[${s.name}]`).then((code) => ({ code, ms: Date.now() - started }));
        const [a, b] = await Promise.all([timed(step), timed(partner)]);
        for (const [s, r] of [[step, a], [partner, b]] as const) {
          results.push({ step: s, outcome: r.code === 0 ? "passed" : "failed", ms: r.ms, note: r.code === 0 ? undefined : `exit code ${r.code}` });
          if (r.code !== 0) failed = true;
        }
        index++;
        continue;
      }
    }
    if (failed && !options.keepGoing) {
      results.push({ step, outcome: "not run", ms: 0 });
      continue;
    }
    if (step.needsPostgres) {
      if (postgres === undefined) postgres = await postgresReachable(postgresAdminUrl);
      if (postgres !== null) {
        const note = `PostgreSQL not reachable at ${postgresAdminUrl} (${postgres})`;
        if (ci) {
          console.error(`\n✗ ${step.name}: ${note}; CI requires PostgreSQL.\n`);
          results.push({ step, outcome: "failed", ms: 0, note });
          failed = true;
        } else {
          console.warn(`\n${"!".repeat(72)}\n!!! skipped PostgreSQL: not reachable — ${step.name} did NOT run\n!!! ${note}\n${"!".repeat(72)}\n`);
          results.push({ step, outcome: "skipped", ms: 0, note: "skipped PostgreSQL: not reachable" });
        }
        continue;
      }
    }
    console.log(`\n━━━ ${step.name}: ${step.command.join(" ")}${step.env ? `  (${Object.entries(step.env).map(([k, v]) => `${k}=${v ?? "<unset>"}`).join(" ")})` : ""}\n`);
    const started = Date.now();
    const code = await run(step);
    const ms = Date.now() - started;
    results.push({ step, outcome: code === 0 ? "passed" : "failed", ms, note: code === 0 ? undefined : `exit code ${code}` });
    if (code !== 0) failed = true;
  }

  console.log("\n━━━ Summary");
  for (const r of results) {
    const mark = { passed: "✓", failed: "✗", skipped: "!", "not run": "·" }[r.outcome];
    console.log(`  ${mark} ${r.step.name.padEnd(24)} ${r.outcome.padEnd(8)} ${r.ms ? seconds(r.ms).padStart(8) : "".padStart(8)}  ${r.note ?? ""}`);
  }
  const count = (o: Outcome) => results.filter((r) => r.outcome === o).length;
  const skipped = count("skipped") + count("not run");
  console.log(`${count("passed")} passed, ${count("failed")} failed${skipped ? `, ${skipped} skipped` : ""}`);
  process.exit(failed ? 1 : 0);
}

void main();
