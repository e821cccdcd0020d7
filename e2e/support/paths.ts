// Where the end-to-end run keeps what its parts share: the app server (serve.ts) writes the
// database addresses for the global setup and the tests; the server's log is checked at the end.
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
export const E2E_DATABASE_FILE = path.join(root, "test-results/e2e-database.json");
export const E2E_SERVER_LOG = path.join(root, "test-results/server.log");

export interface E2eDatabase {
  /** The owner: set-up, seeding and checks behind the app's back. */
  maintenanceDatabaseUrl: string;
  /** The app's row-level-security role. */
  databaseUrl: string;
}
