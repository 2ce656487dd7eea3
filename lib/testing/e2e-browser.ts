// Which Chromium the e2e journeys drive. Playwright's own download fails on
// these machines, so Debian's package is the usual answer; the order lets a
// developer point at any build without editing the config.
import { existsSync } from "node:fs";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

/** Flags for a closed network: without the background ones Chromium keeps dialling out. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface ChromiumCandidates {
  /** Value of CHROMIUM_PATH, if set. */
  fromEnv?: string;
  /** Where Playwright would keep its own browser. */
  playwrightOwn?: string;
}

export class ChromiumNotFoundError extends Error {
  constructor(tried: string[]) {
    super(
      [
        "No Chromium found for the e2e tests. Tried:",
        ...tried.map((p) => `  - ${p}`),
        "Install Debian's Chromium: apt-get update && apt-get install -y chromium",
        "(or set CHROMIUM_PATH to a Chromium binary). Do not run `npx playwright install`: it downloads a browser and fails offline.",
      ].join("\n"),
    );
    this.name = "ChromiumNotFoundError";
  }
}

/** CHROMIUM_PATH first, then Debian's Chromium, then Playwright's own. */
export function findChromium(
  candidates: ChromiumCandidates,
  exists: (file: string) => boolean = existsSync,
): string {
  const envPath = candidates.fromEnv?.trim();
  if (envPath) {
    // An explicit choice that is wrong must not silently fall back to another browser.
    if (!exists(envPath)) throw new ChromiumNotFoundError([`CHROMIUM_PATH=${envPath} (does not exist)`]);
    return envPath;
  }
  const tried: string[] = [];
  for (const file of [DEBIAN_CHROMIUM, candidates.playwrightOwn]) {
    if (!file) continue;
    if (exists(file)) return file;
    tried.push(file);
  }
  throw new ChromiumNotFoundError(tried);
}
