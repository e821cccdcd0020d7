// Playwright's webServer (playwright.config.ts): a throw-away PostgreSQL (or TEST_DATABASE_URL),
// migrated, the production build (made unless E2E_SKIP_BUILD=1 finds one), served by `next start`
// on E2E_PORT with its log in test-results/server.log. The database's addresses go to a file for
// the global setup, which seeds the demo network and hands them to the tests. On SIGTERM (the end
// of the run) it stops the app and the database.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { startTemporaryPostgres, type EmbeddedDatabase } from "../../scripts/db/embedded-postgres";
import { prepareDatabase } from "../../scripts/prepare-database";
import { PEER_ADDRESS_PRELOAD } from "../../scripts/app-server";
import { buildProductionApp } from "../../scripts/build-app";
import { E2E_DATABASE_FILE, E2E_SERVER_LOG, type E2eDatabase } from "./paths";

const root = path.resolve(import.meta.dirname, "../..");
const port = process.env.E2E_PORT;
if (!port) throw new Error("E2E_PORT is not set (playwright.config.ts sets it)");
const appUrl = `http://127.0.0.1:${port}`;

let database: EmbeddedDatabase | null = null;
let url = process.env.TEST_DATABASE_URL;
if (!url) {
  database = await startTemporaryPostgres("e2e");
  url = database.url;
}
const { appUrl: databaseUrl } = await prepareDatabase(url, {
  seedDemo: false,
  appPassword: crypto.randomBytes(18).toString("base64url"),
});
fs.mkdirSync(path.dirname(E2E_DATABASE_FILE), { recursive: true });
fs.writeFileSync(
  E2E_DATABASE_FILE,
  JSON.stringify({ maintenanceDatabaseUrl: url, databaseUrl } satisfies E2eDatabase),
  { mode: 0o600 },
);

const env = { ...process.env, DATABASE_URL: databaseUrl, MAINTENANCE_DATABASE_URL: url };
if (!process.env.E2E_SKIP_BUILD || !fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
  try {
    // Type-checked already by the static stage of `npm test` (scripts/build-app.ts says why).
    buildProductionApp({ env, show: true, typeChecked: true });
  } catch (error) {
    await database?.stop();
    throw error;
  }
}

const log = fs.openSync(E2E_SERVER_LOG, "w");
const server = spawn(
  process.execPath,
  [...PEER_ADDRESS_PRELOAD, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", port, "-H", "127.0.0.1"],
  {
    cwd: root,
    stdio: ["ignore", log, log],
    // The demo accounts have no second factor: the test server does not demand one (its
    // enforcement is covered by lib/auth/second-factor.int.test.ts).
    env: { ...env, NODE_ENV: "production", NEXTAUTH_URL: appUrl, LOG_LEVEL: "info", REQUIRE_SECOND_FACTOR: "off" },
  },
);

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill("SIGTERM");
  await database?.stop().catch(() => {});
  process.exit(code);
}
process.on("SIGTERM", () => void stop(0));
process.on("SIGINT", () => void stop(0));
server.on("exit", (code) => {
  if (!stopping) {
    console.error(`The app server exited (${code}); see ${E2E_SERVER_LOG}`);
    void stop(1);
  }
});
