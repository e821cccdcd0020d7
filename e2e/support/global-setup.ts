// Runs once the app server (serve.ts) answers: seeds the demo network, and gives the tests (the
// workers start after this and inherit the environment) the database's addresses.
import fs from "node:fs";
import { seed } from "../../scripts/prepare-database";
import { E2E_DATABASE_FILE, type E2eDatabase } from "./paths";

export default async function globalSetup() {
  const database = JSON.parse(fs.readFileSync(E2E_DATABASE_FILE, "utf8")) as E2eDatabase;
  process.env.MAINTENANCE_DATABASE_URL = database.maintenanceDatabaseUrl;
  await seed(database.maintenanceDatabaseUrl, "always");
  // seed() points DATABASE_URL at the owner for the seeding client; the tests use the app's role.
  process.env.DATABASE_URL = database.databaseUrl;
  // One API request, which the app logs (a structured line with its request id), so the log check
  // at the end can tell a silent logger from a run whose chosen tests made no API request.
  const answer = await fetch(`${process.env.E2E_BASE_URL}/api/v1/me`);
  if (answer.status !== 401) throw new Error(`GET /api/v1/me without a session answered ${answer.status}, not 401`);
}
