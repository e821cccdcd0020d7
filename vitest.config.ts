import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

// Two projects: `unit` (pure logic, no database) and `integration` (real data.ts / mutations.ts
// against the real PostgreSQL that scripts/test.ts starts and passes in DATABASE_URL).
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside React Server Components; the code under test is server code.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "components/**/*.test.tsx"], exclude: ["**/*.int.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/**/*.int.test.ts", "prisma/**/*.int.test.ts", "scripts/**/*.int.test.ts"],
          environment: "node",
          testTimeout: 20_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
