// The e2e webServer: Playwright starts its webServer before globalSetup, so
// everything the app needs at boot lives here, in one process group that
// Playwright stops at the end: an SMTP sink (started first, so the app's
// mailer always has somewhere to deliver), the control API for the journeys
// (received mail, fresh people), a fresh database, and `npm start` itself.
import { spawn } from "node:child_process";
import path from "node:path";
import { startSmtpSink } from "../../lib/testing/smtp-sink";
import { createControlServer } from "./control-server";
import { freshE2eDatabase } from "./e2e-database";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_CONTROL_PORT, E2E_PORT, E2E_SMTP_PORT } from "./e2e-env";

async function main() {
  const sink = await startSmtpSink({ port: E2E_SMTP_PORT });
  const database = await freshE2eDatabase();
  const control = createControlServer(sink, database.url);
  await new Promise<void>((resolve, reject) => {
    control.server.once("error", reject);
    control.server.listen(E2E_CONTROL_PORT, "127.0.0.1", resolve);
  });
  console.log(`[e2e] SMTP sink on port ${sink.port}, control API on ${E2E_CONTROL_PORT}, ${database.provider} database`);

  const app = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], {
    stdio: "inherit",
    env: {
      ...process.env,
      PORT: String(E2E_PORT),
      DATABASE_URL: database.url,
      AUTH_URL: E2E_BASE_URL,
      AUTH_SECRET: E2E_AUTH_SECRET,
      SMTP_URL: sink.url,
      MAIL_FROM: "Laurel e2e <laurel-e2e@laurel.example>",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (app.exitCode === null && app.signalCode === null) {
      app.kill("SIGTERM");
      await new Promise((resolve) => app.once("exit", resolve));
    }
    await control.close();
    await sink.close();
    process.exit(code);
  };
  // Exiting with the app tells Playwright at once when the app could not start.
  app.on("exit", (code) => void stop(code ?? 1));
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void stop(0));
}

main().catch((error) => {
  console.error("[e2e] could not start the e2e server:", error);
  process.exit(1);
});
