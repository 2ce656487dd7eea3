// Ports, URLs and secrets the e2e run shares between playwright.config.ts, the
// server wrapper and the fixtures. Everything can be moved by environment so
// two runs (or a running dev server) do not collide.

/** A port from the environment; 0 means any free port. */
function port(name: string, fallback: number): number {
  const raw = process.env[name];
  const value = raw ? Number(raw) : fallback;
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} must be a port number, got "${raw}"`);
  return value;
}

export const E2E_PORT = port("E2E_PORT", 3100);
/** localhost, never 127.0.0.1: Auth.js's CSRF cookie is set for the host in AUTH_URL. */
export const E2E_BASE_URL = `http://localhost:${E2E_PORT}`;
/** Any free port unless set: only the e2e server, which starts both, needs to know it. */
export const E2E_SMTP_PORT = port("E2E_SMTP_PORT", 0);
/** Next to the app's port, so one E2E_PORT moves a whole run out of another's way. */
export const E2E_CONTROL_PORT = port("E2E_CONTROL_PORT", E2E_PORT + 1);
/**
 * The e2e server's own small HTTP API, on loopback only and never part of the
 * app: the mail the SMTP sink received, and fresh people for journeys that
 * must not share the demo accounts. Playwright workers cannot load the Prisma
 * client, so data is made there.
 */
export const E2E_CONTROL_URL = `http://127.0.0.1:${E2E_CONTROL_PORT}`;
/** A fixed, obviously fake secret: e2e sessions need not survive anything. */
export const E2E_AUTH_SECRET = "laurel-e2e-only-secret-7f3c9a1d5b2e4f6a8c0d1e3f5a7b9c2d";
export const E2E_SQLITE_FILE = "data/e2e.db";
export const YOUNG_ENGAGEMENT_2026 = "young-engagement-2026";

export const DEMO_ORGANISER = {
  email: "organiser@laurel.example",
  password: process.env.DEMO_ORGANISER_PASSWORD ?? "laurel-demo-organiser",
};
export const DEMO_JUROR = { email: "juror@laurel.example" };

/** Programme names as prisma/seed/ creates them. */
export const DEMO_PROGRAMMES = ["#YoungEngagement Award", "EhrenWert volunteer of the month", "Bristol Volunteer Awards"];
/** The same programmes as the public lists them, "name edition"; the 2025 edition is finished, with winners. */
export const DEMO_CURRENT_EDITIONS = [
  "#YoungEngagement Award 2026",
  "EhrenWert volunteer of the month December 2026",
  "Bristol Volunteer Awards 2027",
];
export const DEMO_PAST_EDITIONS = ["#YoungEngagement Award 2025"];
