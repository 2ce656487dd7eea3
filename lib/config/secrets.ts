// Secrets Laurel needs. In production they come from the environment (several
// instances must share them); for a local or demo run they are generated once
// into data/secrets.json, which is never committed.
import { existsSync, readFileSync, writeFileSync, chmodSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { ConfigError } from "@/lib/config/config-error";

export const SECRET_NAMES = ["AUTH_SECRET", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY", "LAUREL_HMAC_KEY"] as const;
export type SecretName = (typeof SECRET_NAMES)[number];

function generateSecret(): string {
  // Next requires a base64 AES key of 16, 24 or 32 bytes.
  return randomBytes(32).toString("base64");
}

export function validateSecret(name: SecretName, value: string): string | null {
  if (name === "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY") {
    const bytes = Buffer.from(value, "base64").length;
    return [16, 24, 32].includes(bytes) ? null : `${name} must be base64 of 16, 24 or 32 bytes (openssl rand -base64 32).`;
  }
  return value.length >= 32 ? null : `${name} must be at least 32 characters (openssl rand -base64 32).`;
}

/**
 * Fills process-style `env` with every secret. Production: all must be set, or
 * a ConfigError names the first one missing. Otherwise missing ones are read
 * from, or generated into, `<dataDir>/secrets.json`.
 */
export function ensureSecrets(env: Record<string, string | undefined>, dataDir: string, production: boolean): void {
  const file = path.join(dataDir, "secrets.json");
  let stored: Partial<Record<SecretName, string>> = {};
  if (!production && existsSync(file)) stored = JSON.parse(readFileSync(file, "utf8"));
  let changed = false;
  for (const name of SECRET_NAMES) {
    if (!env[name]) {
      if (production) {
        throw new ConfigError(`${name} is not set: production needs it in the environment (generate one with: openssl rand -base64 32).`);
      }
      if (!stored[name]) {
        stored[name] = generateSecret();
        changed = true;
      }
      env[name] = stored[name];
    }
    const problem = validateSecret(name, env[name]!);
    if (problem) throw new ConfigError(problem);
  }
  if (changed) {
    writeFileSync(file, JSON.stringify(stored, null, 2) + "\n", { mode: 0o600 });
    chmodSync(file, 0o600);
  }
}
