import path from "node:path";
import { defineConfig } from "prisma/config";

// `env("DATABASE_URL")` would throw during `npm ci` (postinstall runs `prisma generate` before any
// database exists), so the URL is read directly with a placeholder. Migrations do not use this:
// they run through scripts/db/migrate.ts.
export default defineConfig({
  schema: path.join("prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://placeholder@localhost:5432/tumar" },
});
