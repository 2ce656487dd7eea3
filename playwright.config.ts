import { chromium, defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./lib/testing/e2e-browser";
import { E2E_BASE_URL } from "./e2e/support/e2e-env";

const ci = Boolean(process.env.CI);

// Never `npx playwright install`: it downloads a browser, which fails offline.
const executablePath = findChromium({ fromEnv: process.env.CHROMIUM_PATH, playwrightOwn: chromium.executablePath() });

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  forbidOnly: ci,
  // A flaky journey is a bug to fix, not to retry away.
  retries: 0,
  // The app server, its database and Chromium share 2 cores.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // Journeys sign several people in and out; on a busy 2-core CI machine a long one takes over a minute.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: E2E_BASE_URL,
    browserName: "chromium",
    headless: true,
    // A fixed browser language, so "the page is English" is never the machine's choice.
    locale: "en-GB",
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    navigationTimeout: 30_000,
    actionTimeout: 15_000,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [{ name: "chromium" }],
  webServer: {
    command: "node_modules/.bin/tsx e2e/support/e2e-server.ts",
    url: `${E2E_BASE_URL}/api/health`,
    // First run builds the app (about 20 s alone, more beside other work).
    timeout: 300_000,
    // Locally a server started by hand (`npx tsx e2e/support/e2e-server.ts`) is reused;
    // CI always starts its own from a fresh database.
    reuseExistingServer: !ci,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
