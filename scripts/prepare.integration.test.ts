// Start-up preparation run as the operator runs it: a child process with a
// given environment. Bad configuration must end in one sentence, not a stack trace.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");

function prepare(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !["DATABASE_URL", "NODE_ENV", "AUTH_SECRET", "LAUREL_HMAC_KEY", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"].includes(k)),
  );
  return spawnSync(tsx, ["scripts/prepare.ts"], { env: { ...clean, ...env } as NodeJS.ProcessEnv, encoding: "utf8", timeout: 90_000 });
}

function expectOneSentence(stderr: string, pattern: RegExp) {
  expect(stderr).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe("prepare (start-up)", () => {
  const dir = () => mkdtempSync(path.join(os.tmpdir(), "laurel-prepare-"));

  it("stops with one sentence when PostgreSQL is unreachable", () => {
    const run = prepare({ DATABASE_URL: "postgresql://postgres@127.0.0.1:1/laurel", LAUREL_DATA_DIR: dir() });
    expect(run.status).toBe(1);
    expectOneSentence(run.stderr, /Laurel cannot start: Cannot reach PostgreSQL at 127\.0\.0\.1:1\/laurel \(ECONNREFUSED\): check DATABASE_URL/);
  });

  it("stops with one sentence when production lacks a secret", () => {
    const d = dir();
    const run = prepare({ NODE_ENV: "production", DATABASE_URL: `file:${d}/x.db`, LAUREL_DATA_DIR: d });
    expect(run.status).toBe(1);
    expectOneSentence(run.stderr, /Laurel cannot start: AUTH_SECRET is not set: production needs it in the environment/);
  });

  it("stops with one sentence when the data folder cannot be written", () => {
    const d = dir();
    writeFileSync(path.join(d, "a-file"), "");
    const run = prepare({ LAUREL_DATA_DIR: path.join(d, "a-file", "data"), DATABASE_URL: `file:${d}/x.db` });
    expect(run.status).toBe(1);
    expectOneSentence(run.stderr, /Laurel cannot start: The data folder .*a-file\/data is not writable/);
  });

  it("migrates, switches SQLite to WAL and seeds once, however often it runs", () => {
    const d = dir();
    const env = { DATABASE_URL: `file:${d}/laurel.db`, LAUREL_DATA_DIR: d };
    const first = prepare(env);
    expect(first.stderr).not.toMatch(/cannot start/);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Demo programmes created: .*young-engagement-2026/);
    const second = prepare(env);
    expect(second.status).toBe(0);
    expect(second.stdout).not.toMatch(/Demo programmes created/);

    const sqlite = new Database(`${d}/laurel.db`, { readonly: true });
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.prepare("SELECT count(*) AS n FROM Programme").get()).toEqual({ n: 5 });
    sqlite.close();
  });
});
