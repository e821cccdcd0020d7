// Vitest globalSetup of the integration project: a throw-away PostgreSQL (or TEST_DATABASE_URL),
// migrated, with the app's row-level-security role given a login. The tests read both addresses
// from the environment, as the app does: DATABASE_URL is the app's role (what data.ts and
// mutations.ts run as), MAINTENANCE_DATABASE_URL the owner (set-up and checks behind the app's back).
// So `npx vitest run --project integration` works on its own.
import crypto from "node:crypto";
import type { TestProject } from "vitest/node";
import { startTemporaryPostgres, type EmbeddedDatabase } from "../../scripts/db/embedded-postgres";
import { prepareDatabase } from "../../scripts/prepare-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    maintenanceDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let database: EmbeddedDatabase | null = null;
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    database = await startTemporaryPostgres("test");
    url = database.url;
  }
  const { appUrl } = await prepareDatabase(url, {
    seedDemo: false,
    appPassword: crypto.randomBytes(18).toString("base64url"),
  });
  // Workers start after this and inherit the environment; provide() for tests that ask for it.
  process.env.DATABASE_URL = appUrl;
  process.env.MAINTENANCE_DATABASE_URL = url;
  project.provide("databaseUrl", appUrl);
  project.provide("maintenanceDatabaseUrl", url);
  return async () => {
    await database?.stop();
  };
}
