// Reads a provider's committed migrations in order. Tests build their
// databases from exactly these files, so a test run also proves the history applies.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "@/lib/db/database-url";

export function migrationScripts(provider: DatabaseProvider, root = process.cwd()): string[] {
  const dir = path.join(root, "prisma", provider, "migrations");
  if (!existsSync(dir)) throw new Error(`No migrations for ${provider} in ${dir}`);
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => readFileSync(path.join(dir, name, "migration.sql"), "utf8"));
}
