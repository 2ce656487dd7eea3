// Start-up checks that turn bad configuration into one sentence saying what to fix.
import { accessSync, constants, mkdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { ConfigError } from "@/lib/config/config-error";
import { resolveDatabase, type ResolvedDatabase } from "@/lib/db/database-url";

export function resolveDatabaseOrExplain(env: Record<string, string | undefined>): ResolvedDatabase {
  try {
    return resolveDatabase(env);
  } catch (error) {
    throw new ConfigError((error as Error).message);
  }
}

export function ensureWritableDir(dir: string, what: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch {
    throw new ConfigError(`The ${what} ${path.resolve(dir)} is not writable: create it and give this user write access, or set DATABASE_URL elsewhere.`);
  }
}

function describePg(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return "the DATABASE_URL address";
  }
}

export async function checkPostgres(url: string, timeoutMs = 5000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = (error as { code?: string; message?: string }).code ?? (error as Error).message;
    throw new ConfigError(
      `Cannot reach PostgreSQL at ${describePg(url)} (${reason}): check DATABASE_URL and that the server is running and accepts this user.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
