import path from "node:path";
import { defineConfig } from "prisma/config";
import { resolveDatabase } from "./lib/db/database-url";

// Prisma's CLI would download a native schema engine; ours runs Prisma's own
// WebAssembly engine instead, so migrations work with no network access.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(
  process.cwd(),
  "scripts",
  "prisma-engine",
  "schema-engine.mjs",
);

const db = resolveDatabase(process.env);

export default defineConfig({
  schema: path.join("prisma", db.provider, "schema.prisma"),
  migrations: {
    path: path.join("prisma", db.provider, "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    url: db.url,
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
  },
});
