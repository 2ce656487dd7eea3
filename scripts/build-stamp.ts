// When the production build is stale: `npm start` and the benchmark decide the
// same way, so a build made by one is accepted by the other. The build is
// stamped with a fingerprint of the sources' newest change and the embedded
// server-action key.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = process.cwd();
const SOURCES = ["app", "components", "lib", "messages", "public", "proxy.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];
const STAMP = path.join(root, ".next", "laurel-build.json");

function newestMtime(entry: string): number {
  const full = path.join(root, entry);
  if (!existsSync(full)) return 0;
  const stat = statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(full)) {
    if (child === "generated" || child === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** Changes when the sources or the embedded server-action key change. */
export function buildFingerprint(env: Record<string, string | undefined> = process.env): string {
  const hash = createHash("sha256");
  hash.update(String(Math.max(...SOURCES.map(newestMtime))));
  hash.update(env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY ?? "");
  return hash.digest("hex");
}

export function buildIsCurrent(fingerprint: string): boolean {
  const current = existsSync(STAMP) ? JSON.parse(readFileSync(STAMP, "utf8")).fingerprint : null;
  return current === fingerprint && existsSync(path.join(root, ".next", "BUILD_ID"));
}

export function stampBuild(fingerprint: string): void {
  writeFileSync(STAMP, JSON.stringify({ fingerprint }) + "\n");
}
