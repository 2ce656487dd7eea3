import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(__dirname);
const alias = {
  "@": root,
  // "server-only" throws outside React Server Components; tests run domain code directly.
  "server-only": path.join(root, "lib/testing/server-only-stub.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["**/*.test.ts", "**/*.test.tsx"],
          exclude: ["**/*.integration.test.ts", "node_modules/**", "e2e/**", ".next/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["**/*.integration.test.ts"],
          exclude: [
            "node_modules/**",
            ".next/**",
            // The schema-engine tests drive SQLite and PostgreSQL themselves: run them once, in the SQLite pass.
            ...(process.env.TEST_DATABASE_PROVIDER === "postgresql" ? ["scripts/prisma-engine/**"] : []),
          ],
          environment: "node",
          globalSetup: ["lib/testing/global-setup.ts"],
          setupFiles: ["lib/testing/setup-database.ts"],
          // One database per test file; files run one at a time to stay within 2 cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
