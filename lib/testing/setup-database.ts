// Runs before each integration test file: points DATABASE_URL at a fresh copy
// of the migrated template, so files never see each other's data.
import { afterAll, inject } from "vitest";
import { createTestDatabase, testProvider } from "@/lib/testing/test-databases";

const testDb = await createTestDatabase(testProvider(), inject("databaseTemplate"));
process.env.DATABASE_URL = testDb.url;

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db.$disconnect();
  await testDb.dispose();
});
