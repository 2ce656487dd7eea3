// The migration workflow every supported database must pass, through the
// real CLI and the stand-in engine. Tests build on each other (one project
// folder per provider); independent ones are marked concurrent so the ~2 s
// each CLI run costs overlaps on the 2 cores we have.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, it } from "vitest";
import { TempProject, type TestDatabases } from "./testing";

// The schema change for the second migration: one new model (AUTOINCREMENT on
// SQLite, so sqlite_sequence exists for the reset test) and one new column.
const PROBE_MODEL = "\nmodel EngineProbe {\n  id    Int    @id @default(autoincrement())\n  label String\n}\n";

export function migrateFlow(makeDatabases: () => TestDatabases) {
  let dbs: TestDatabases;
  let project: TempProject;
  let deployed: string; // gets the committed history through `migrate deploy`
  let dev: string; // gets the committed history and a schema change through `migrate dev`
  let committed: string[]; // the committed migration names
  let second: string;

  const appliedNames = async (url: string) =>
    (
      await dbs.query<{ migration_name: string }>(
        url,
        'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
      )
    ).map((row) => row.migration_name);

  beforeAll(() => {
    dbs = makeDatabases();
    project = new TempProject(dbs.provider);
    deployed = dbs.url("deployed");
    dev = dbs.url("dev");
    committed = readdirSync(project.migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  });

  afterAll(async () => {
    project?.remove();
    await dbs?.dispose();
  });

  // Concurrent tests inside one describe run together; describes run in order.
  describe("new databases", () => {
    it.concurrent("migrate deploy applies the committed history to a new database", async ({ expect }) => {
      expect(committed.length).toBeGreaterThan(0);
      const result = await project.prisma(["migrate", "deploy"], deployed);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("All migrations have been successfully applied.");
      expect(await dbs.tables(deployed)).toEqual(
        expect.arrayContaining(["_prisma_migrations", "User", "Programme", "Ballot"]),
      );
      expect(await appliedNames(deployed)).toEqual(committed);
    });

    it.concurrent("db push creates the schema on a new database", async ({ expect }) => {
      const pushed = dbs.url("pushed");
      const result = await project.prisma(["db", "push"], pushed);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("Your database is now in sync with your Prisma schema.");
      const tables = await dbs.tables(pushed);
      expect(tables).toEqual(expect.arrayContaining(["User", "Programme", "Ballot"]));
      expect(tables).not.toContain("_prisma_migrations");
    });
  });

  describe("read-only commands", () => {
    it.concurrent("migrate status reports the database up to date", async ({ expect }) => {
      const result = await project.prisma(["migrate", "status"], deployed);
      expect(result.code, result.output).toBe(0);
      expect(result.output).toContain("Database schema is up to date!");
    });

    it.concurrent("migrate diff --from-empty --to-schema --script prints the SQL", async ({ expect }) => {
      const result = await project.prisma(
        ["migrate", "diff", "--from-empty", "--to-schema", project.schemaFile, "--script"],
        deployed,
      );
      expect(result.code, result.output).toBe(0);
      expect(result.stdout).toMatch(/^-- Create(Table|Schema)\n/);
      expect(result.stdout).toContain('CREATE TABLE "User"');
      expect(result.stdout).toContain('CREATE TABLE "Ballot"');
    });
  });

  // On a new database, so migrate dev first applies the pending committed
  // history and then creates the new migration (known bug 5's case).
  it("migrate dev --name second applies the history, then creates and applies a new migration", async ({ expect }) => {
    const schema = readFileSync(project.schemaFile, "utf8");
    writeFileSync(project.schemaFile, schema.replace("model User {\n", "model User {\n  nickname String?\n") + PROBE_MODEL);

    const result = await project.prisma(["migrate", "dev", "--name", "second"], dev);
    expect(result.code, result.output).toBe(0);
    expect(result.output).toContain("Your database is now in sync with your schema.");

    const created = readdirSync(project.migrationsDir).filter((name) => /^\d{14}_second$/.test(name));
    expect(created).toHaveLength(1);
    second = created[0];
    const sql = readFileSync(path.join(project.migrationsDir, second, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "EngineProbe"');
    expect(sql).toMatch(/ALTER TABLE "User" ADD COLUMN\s+"nickname" TEXT/);
    expect(await dbs.tables(dev)).toContain("EngineProbe");
    expect(await appliedNames(dev)).toEqual([...committed, second]);
  });

  describe("after the second migration", () => {
    it.concurrent("migrate status reports a pending migration; migrate resolve --applied records it", async ({ expect }) => {
      const status = await project.prisma(["migrate", "status"], deployed);
      expect(status.code, status.output).toBe(1);
      expect(status.output).toMatch(/have not yet been applied:\s+\S*_second/);

      const resolve = await project.prisma(["migrate", "resolve", "--applied", second], deployed);
      expect(resolve.code, resolve.output).toBe(0);
      expect(await appliedNames(deployed)).toEqual([...committed, second]);
    });

    it.concurrent("db execute runs a multi-statement script; migrate reset --force wipes and re-applies", async ({ expect }) => {
      const script = path.join(project.dir, "rows.sql");
      writeFileSync(script, `INSERT INTO "EngineProbe" ("label") VALUES ('a;b');\nINSERT INTO "EngineProbe" ("label") VALUES ('c');\n`);
      const execute = await project.prisma(["db", "execute", "--file", script], dev);
      expect(execute.code, execute.output).toBe(0);
      expect(await dbs.query(dev, 'SELECT label FROM "EngineProbe" ORDER BY id')).toEqual([{ label: "a;b" }, { label: "c" }]);

      const reset = await project.prisma(["migrate", "reset", "--force"], dev);
      expect(reset.code, reset.output).toBe(0);
      expect(reset.output).toContain("Database reset successful");
      expect(await dbs.query(dev, 'SELECT label FROM "EngineProbe"')).toEqual([]);
      expect(await appliedNames(dev)).toEqual([...committed, second]);
      expect(await dbs.tables(dev)).toEqual(expect.arrayContaining(["User", "EngineProbe"]));
    });
  });

  it("a migration that fails is reported as P3018 with the database's own error", async ({ expect }) => {
    const broken = path.join(project.migrationsDir, "99990101000000_broken");
    mkdirSync(broken);
    writeFileSync(path.join(broken, "migration.sql"), 'INSERT INTO "NoSuchTable" VALUES (1);\n');
    const result = await project.prisma(["migrate", "deploy"], dev);
    expect(result.code, result.output).toBe(1);
    expect(result.output).toContain("P3018");
    expect(result.output).toContain("Migration name: 99990101000000_broken");
    expect(result.output).toMatch(/NoSuchTable/);
  });
}
