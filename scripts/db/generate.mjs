#!/usr/bin/env node
// Renders the per-provider schemas and generates a Prisma client for each, so
// one build can talk to SQLite or PostgreSQL depending on DATABASE_URL.
import { execFileSync } from "node:child_process";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { PROVIDERS } from "./render-schemas.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const prisma = join(root, "node_modules", ".bin", "prisma");

execFileSync(process.execPath, [join(root, "scripts", "db", "render-schemas.mjs")], { stdio: "inherit" });
for (const provider of PROVIDERS) {
  execFileSync(prisma, ["generate", "--schema", join("prisma", provider, "schema.prisma")], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  });
}
console.log(`Generated Prisma clients for ${PROVIDERS.join(" and ")}.`);
