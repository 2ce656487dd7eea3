// `npm run dev`: the same preparation as `npm start`, then Next's dev server
// with the generated secrets in its environment.
import { spawn } from "node:child_process";
import path from "node:path";
import { prepare, runOrExplain } from "./prepare";

async function main() {
  const port = process.env.PORT ?? "3000";
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  process.env.AUTH_URL ??= `http://localhost:${port}`;
  process.env.AUTH_TRUST_HOST ??= "true";
  await runOrExplain(() => prepare(process.env));
  const next = spawn(path.join(process.cwd(), "node_modules", ".bin", "next"), ["dev", "-p", port], {
    stdio: "inherit",
    env: process.env,
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => next.kill(signal));
  next.on("exit", (code) => process.exit(code ?? 0));
}

void main();
