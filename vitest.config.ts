import path from "node:path";
import { defineConfig } from "vitest/config";
import { ensureTestSecrets } from "./tests/setup/secrets";

const root = import.meta.dirname;

// Made up for this run and set before any worker starts (tests/setup/secrets.ts).
ensureTestSecrets();

// Three projects, each runnable alone (`npx vitest run --project <name>`):
//  - unit: pure logic, no database;
//  - integration: real data.ts / mutations.ts on a throw-away PostgreSQL that its globalSetup
//    starts and migrates (tests/setup/database.ts);
//  - system: whole-system checks on the production build, each with its own PostgreSQL and app
//    servers (tests/system: faults, two instances), one file at a time.
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; the code under test is server code.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    env: { NODE_ENV: "test" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.tsx"],
          exclude: ["**/*.int.test.ts"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "prisma/**/*.int.test.ts", "scripts/**/*.int.test.ts"],
          environment: "node",
          globalSetup: ["tests/setup/database.ts"],
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "system",
          include: ["tests/system/**/*.test.ts"],
          // Tests that fail on purpose, run by test-command.test.ts through a config of their own.
          exclude: ["tests/system/fixtures/**"],
          environment: "node",
          globalSetup: ["tests/setup/build.ts"],
          // Each file starts its own PostgreSQL and app servers: one at a time on two cores.
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
