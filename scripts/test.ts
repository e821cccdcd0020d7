// `npm test`: every test, on a throw-away database, never the development data.
//   1. starts a temporary embedded PostgreSQL (or uses TEST_DATABASE_URL) and migrates it
//   2. unit tests, then integration tests on that database (Vitest)
//   3. seeds the demo network, builds the app and serves it (next start) on a free port
//   4. end-to-end tests in Chromium (Playwright)
// `npm test -- unit|integration|e2e` runs only the named stages.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { findFreePort, startTemporaryPostgres, type EmbeddedDatabase } from "./db/embedded-postgres";
import { prepareDatabase } from "./prepare-database";

const root = path.resolve(import.meta.dirname, "..");
const stages = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const wants = (stage: string) => stages.length === 0 || stages.includes(stage);

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function waitForHealth(url: string, server: ChildProcess, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error("The app server exited before it was ready");
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok).catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer ${url}/api/health within ${timeoutMs / 1000} s`);
}

async function main() {
  const started = Date.now();
  const secrets = {
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    DATA_HASH_KEY: crypto.randomBytes(32).toString("base64"),
  };
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, ...secrets, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn" };
  let database: EmbeddedDatabase | null = null;
  let server: ChildProcess | null = null;
  const failures: string[] = [];
  try {
    if (wants("unit")) {
      console.log("\n== Unit tests");
      if ((await run("npx", ["vitest", "run", "--project", "unit"], { ...baseEnv, NODE_ENV: "test" })) !== 0) failures.push("unit");
    }
    if (!wants("integration") && !wants("e2e")) return failures;

    let url = process.env.TEST_DATABASE_URL;
    if (!url) {
      console.log("\n== Starting a throw-away PostgreSQL");
      database = await startTemporaryPostgres("test");
      url = database.url;
    }
    await prepareDatabase(url, { seedDemo: false });
    const env = { ...baseEnv, DATABASE_URL: url };

    if (wants("integration")) {
      console.log("\n== Integration tests (real PostgreSQL)");
      if ((await run("npx", ["vitest", "run", "--project", "integration"], { ...env, NODE_ENV: "test" })) !== 0) failures.push("integration");
    }

    if (wants("e2e")) {
      console.log("\n== End-to-end tests (Chromium)");
      await prepareDatabase(url, { seedDemo: true });
      if (!process.env.E2E_SKIP_BUILD || !fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
        if ((await run("npx", ["next", "build"], { ...env, NODE_ENV: "production" })) !== 0) throw new Error("next build failed");
      }
      const port = await findFreePort();
      const appUrl = `http://127.0.0.1:${port}`;
      server = spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
        cwd: root,
        stdio: ["ignore", "inherit", "inherit"],
        env: { ...env, NODE_ENV: "production", NEXTAUTH_URL: appUrl },
      });
      await waitForHealth(appUrl, server);
      const code = await run("npx", ["playwright", "test"], { ...env, E2E_BASE_URL: appUrl, NODE_ENV: "test" });
      if (code !== 0) failures.push("e2e");
    }
    return failures;
  } finally {
    server?.kill("SIGTERM");
    await database?.stop().catch(() => {});
    console.log(`\nTest run took ${Math.round((Date.now() - started) / 1000)} s`);
  }
}

main()
  .then((failures) => {
    if (failures.length) {
      console.error(`\nFailed stages: ${failures.join(", ")}`);
      process.exit(1);
    }
    console.log("\nAll test stages passed.");
  })
  .catch((error) => {
    console.error(error instanceof Error ? error.stack : error);
    process.exit(1);
  });
