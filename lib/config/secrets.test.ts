import { mkdtempSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensureSecrets, SECRET_NAMES } from "@/lib/config/secrets";
import { ConfigError } from "@/lib/config/config-error";

const tmp = () => mkdtempSync(path.join(os.tmpdir(), "laurel-secrets-"));

describe("ensureSecrets", () => {
  it("generates every secret once into data/secrets.json, private to the owner", () => {
    const dir = tmp();
    const env: Record<string, string | undefined> = {};
    ensureSecrets(env, dir, false);
    for (const name of SECRET_NAMES) expect(env[name]?.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dir, "secrets.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const again: Record<string, string | undefined> = {};
    ensureSecrets(again, dir, false);
    expect(again).toEqual(env);
    expect(JSON.parse(readFileSync(file, "utf8")).AUTH_SECRET).toBe(env.AUTH_SECRET);
  });

  it("keeps secrets given in the environment", () => {
    const env: Record<string, string | undefined> = { AUTH_SECRET: "x".repeat(40) };
    ensureSecrets(env, tmp(), false);
    expect(env.AUTH_SECRET).toBe("x".repeat(40));
  });

  it("stops production with one sentence naming the missing secret", () => {
    expect(() => ensureSecrets({}, tmp(), true)).toThrow(ConfigError);
    expect(() => ensureSecrets({}, tmp(), true)).toThrow(/^AUTH_SECRET is not set: production needs it/);
  });

  it("rejects a server-action key that is not a valid AES key", () => {
    const env = { AUTH_SECRET: "a".repeat(40), NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "c2hvcnQ=", LAUREL_HMAC_KEY: "b".repeat(40) };
    expect(() => ensureSecrets(env, tmp(), true)).toThrow(/16, 24 or 32 bytes/);
  });
});
