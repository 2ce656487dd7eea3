// Which database Laurel talks to. Pure and dependency-free: prisma.config.ts,
// the runtime client and the scripts all decide the same way.
import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

export interface ResolvedDatabase {
  provider: DatabaseProvider;
  /** For SQLite an absolute `file:` URL, for PostgreSQL the URL as given. */
  url: string;
  /** Absolute path of the SQLite file; undefined for PostgreSQL. */
  file?: string;
}

export const DEFAULT_SQLITE_FILE = path.join("data", "laurel.db");

export function resolveDatabase(
  env: Record<string, string | undefined> = process.env,
  cwd: string = process.cwd(),
): ResolvedDatabase {
  const raw = env.DATABASE_URL?.trim();
  if (raw && /^postgres(ql)?:\/\//i.test(raw)) {
    return { provider: "postgresql", url: raw };
  }
  if (raw && !raw.startsWith("file:")) {
    throw new Error(
      `DATABASE_URL must start with "postgresql://" or "file:" (got "${raw.split(":")[0]}:...").`,
    );
  }
  const given = raw ? raw.slice("file:".length).replace(/^\/\/(?=\/)/, "") : DEFAULT_SQLITE_FILE;
  const file = path.resolve(cwd, given);
  return { provider: "sqlite", url: `file:${file}`, file };
}
