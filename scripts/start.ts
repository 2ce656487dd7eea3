// `npm start`: prepare the database, build when the sources changed, serve.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_ACCOUNTS } from "@/prisma/seed/users";
import { isProduction, prepare, runOrExplain } from "./prepare";

const root = process.cwd();
const SOURCES = ["app", "components", "lib", "messages", "public", "proxy.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];
const STAMP = path.join(root, ".next", "laurel-build.json");

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(full)) {
    if (child === "generated" || child === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** Changes when the sources or the embedded server-action key change. */
function buildFingerprint(): string {
  const hash = createHash("sha256");
  hash.update(String(Math.max(...SOURCES.map(newestMtime))));
  hash.update(process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? "");
  return hash.digest("hex");
}

function buildIfNeeded(): void {
  if (process.env.LAUREL_SKIP_BUILD === "1") return;
  const fingerprint = buildFingerprint();
  const current = existsSync(STAMP) ? JSON.parse(readFileSync(STAMP, "utf8")).fingerprint : null;
  if (current === fingerprint && existsSync(path.join(root, ".next", "BUILD_ID"))) return;
  console.log("Building Laurel (first start or sources changed)…");
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) {
    console.error("\nLaurel cannot start: the build failed (see the output above).\n");
    process.exit(1);
  }
  writeFileSync(STAMP, JSON.stringify({ fingerprint }) + "\n");
}

async function main() {
  const port = process.env.PORT ?? "3000";
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  process.env.AUTH_URL ??= `http://localhost:${port}`;
  process.env.AUTH_TRUST_HOST ??= "true";
  const production = isProduction(process.env);
  await runOrExplain(() => prepare(process.env));
  buildIfNeeded();

  const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "-p", port], {
    stdio: ["ignore", "pipe", "inherit"],
    env: process.env,
  });
  let announced = false;
  server.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /ready|started/i.test(chunk.toString())) {
      announced = true;
      console.log(`\nLaurel is running at ${process.env.AUTH_URL}`);
      if (!production && process.env.LAUREL_DEMO_DATA !== "false") {
        const { organiser, admin } = DEMO_ACCOUNTS;
        console.log(`Sign in at ${process.env.AUTH_URL}/sign-in as ${organiser.email} / ${organiser.password} (organiser)`);
        console.log(`or ${admin.email} / ${admin.password} (admin). Emails go to the outbox at /admin/outbox.\n`);
      }
    }
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

void main();
