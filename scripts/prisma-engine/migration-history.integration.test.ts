// Fails when a committed migration history is out of step with the models:
// replaying prisma/<provider>/migrations (on a shadow database) must give
// exactly prisma/<provider>/schema.prisma, and those schemas must be the
// current rendering of prisma/models.prisma. Runs the real CLI from the repo
// root with the repo's prisma.config.ts; nothing in the repo is written.
// Fix a failure with `node scripts/db/render-schemas.mjs`, then
// `DATABASE_URL=... npx prisma migrate dev --name <change>` for each provider.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  adminQuery,
  postgresAdminUrl,
  postgresReachable,
  prisma,
  removeTempDirs,
  repoRoot,
  run,
  tempDir,
  type Provider,
} from "./testing";

function diffHistoryAgainst(provider: Provider, schemaFile: string, env: Record<string, string>) {
  return prisma(
    [
      "migrate",
      "diff",
      "--from-migrations",
      path.join("prisma", provider, "migrations"),
      "--to-schema",
      schemaFile,
      "--exit-code",
    ],
    { cwd: repoRoot, env },
  );
}

const committedSchema = (provider: Provider) => path.join("prisma", provider, "schema.prisma");

function schemaWithExtraModel(provider: Provider): string {
  const file = path.join(tempDir("drift-schema"), "schema.prisma");
  const schema = readFileSync(path.join(repoRoot, committedSchema(provider)), "utf8");
  writeFileSync(file, `${schema}\nmodel DriftProbe {\n  id String @id\n}\n`);
  return file;
}

afterAll(removeTempDirs);

const unreachable = await postgresReachable();
const prefix = `laurel_drift_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const url = (database: string) => {
  const value = new URL(postgresAdminUrl());
  value.pathname = `/${database}`;
  return value.toString();
};

describe("committed migration history", () => {
  it("prisma/<provider>/schema.prisma are the current rendering of prisma/models.prisma", async () => {
    const result = await run(process.execPath, ["scripts/db/render-schemas.mjs", "--check"], { cwd: repoRoot });
    expect(result.code, result.output).toBe(0);
  });

  describe("SQLite", () => {
    const env = () => ({ DATABASE_URL: `file:${path.join(tempDir("drift"), "drift.db")}` });

    it("replaying prisma/sqlite/migrations gives exactly prisma/sqlite/schema.prisma", async () => {
      const result = await diffHistoryAgainst("sqlite", committedSchema("sqlite"), env());
      expect(result.code, result.output).toBe(0);
      expect(result.stdout).toContain("No difference detected.");
    });

    it("the check catches a model that has no migration", async () => {
      const result = await diffHistoryAgainst("sqlite", schemaWithExtraModel("sqlite"), env());
      expect(result.code, result.output).toBe(2);
      expect(result.stdout).toContain("DriftProbe");
    });
  });

  if (unreachable && process.env.CI) {
    it("PostgreSQL: needs a reachable server in CI", () => {
      throw new Error(unreachable);
    });
  }

  describe.skipIf(unreachable !== null)("PostgreSQL", () => {
    beforeAll(async () => {
      await adminQuery(`CREATE DATABASE "${prefix}_main"`);
      // An explicit shadow database that is not empty: the engine must wipe
      // it before replaying (known bug 10), or "User" would already exist.
      await adminQuery(`CREATE DATABASE "${prefix}_shadow"`);
      const pg = (await import("pg")).default;
      const client = new pg.Client({ connectionString: url(`${prefix}_shadow`) });
      await client.connect();
      await client.query('CREATE TABLE "User" (leftover int)');
      await client.end();
    });

    afterAll(async () => {
      for (const name of ["main", "shadow"]) await adminQuery(`DROP DATABASE IF EXISTS "${prefix}_${name}" WITH (FORCE)`);
    });

    it("replaying prisma/postgresql/migrations gives exactly prisma/postgresql/schema.prisma", async () => {
      const result = await diffHistoryAgainst("postgresql", committedSchema("postgresql"), {
        DATABASE_URL: url(`${prefix}_main`),
        SHADOW_DATABASE_URL: url(`${prefix}_shadow`),
      });
      expect(result.code, result.output).toBe(0);
      expect(result.stdout).toContain("No difference detected.");
    });

    it("the check catches a model that has no migration (temporary shadow database)", async () => {
      const result = await diffHistoryAgainst("postgresql", schemaWithExtraModel("postgresql"), {
        DATABASE_URL: url(`${prefix}_main`),
      });
      expect(result.code, result.output).toBe(2);
      expect(result.stdout).toContain("DriftProbe");
    });
  });
});
