// `npm start`: prepare the database, build when the sources changed, serve.
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { DEMO_ACCOUNTS } from "@/prisma/seed/users";
import { buildFingerprint, buildIsCurrent, stampBuild } from "./build-stamp";
import { isProduction, prepare, runOrExplain } from "./prepare";

const root = process.cwd();

function buildIfNeeded(): void {
  if (process.env.LAUREL_SKIP_BUILD === "1") return;
  const fingerprint = buildFingerprint();
  if (buildIsCurrent(fingerprint)) return;
  console.log("Building Laurel (first start or sources changed)…");
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) {
    console.error("\nLaurel cannot start: the build failed (see the output above).\n");
    process.exit(1);
  }
  stampBuild(fingerprint);
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
