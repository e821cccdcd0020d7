// `npm test`: every test, on a throw-away database, never the development data.
//   0. type check and lint
//   1. starts a temporary embedded PostgreSQL (or uses TEST_DATABASE_URL) and migrates it
//   2. unit tests, then integration tests on that database (Vitest)
//   3. seeds the demo network, builds the app and serves it (next start) on a free port
//   4. end-to-end tests in Chromium (Playwright)
//   5. the fault tests, then two app instances on one database (own PostgreSQL each)
//   6. the benchmark's smoke run (`npm run bench -- --small --check`): every surface answers on a
//      small scaled network; figures are not judged here (docs/performance.md)
// `npm test -- static|unit|integration|e2e|faults|instances|bench` runs only the named stages;
// `--only=<path filter>` narrows Vitest to matching files (e.g. `npm test -- integration --only=seed-scale`).
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { findFreePort, startTemporaryPostgres, type EmbeddedDatabase } from "./db/embedded-postgres";
import { PEER_ADDRESS_PRELOAD } from "./app-server";
import { prepareDatabase } from "./prepare-database";

const root = path.resolve(import.meta.dirname, "..");
const stages = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const only = process.argv.find((a) => a.startsWith("--only="))?.slice("--only=".length);
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

const reportDir = path.join(root, "test-results");
const totals = { passed: 0, failed: 0, skipped: 0 };
// Names of the tests that failed, printed again at the very end: CI keeps only the tail of the log.
const failedTests: string[] = [];

function countVitest(file: string) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  for (const file of report.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === "failed") failedTests.push(`${path.relative(root, file.name)} › ${test.fullName}`);
    }
  }
}

type PlaywrightSuite = { title: string; file?: string; suites?: PlaywrightSuite[]; specs?: { title: string; tests: { status: string }[] }[] };
function collectPlaywrightFailures(suite: PlaywrightSuite, trail: string[]) {
  const here = suite.title ? [...trail, suite.title] : trail;
  for (const spec of suite.specs ?? []) {
    if (spec.tests.some((t) => t.status === "unexpected")) failedTests.push([...here, spec.title].join(" › "));
  }
  for (const child of suite.suites ?? []) collectPlaywrightFailures(child, here);
}

function countPlaywright(file: string) {
  if (!fs.existsSync(file)) return;
  const { stats, suites } = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const suite of suites ?? []) collectPlaywrightFailures(suite, []);
  totals.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  totals.failed += stats.unexpected ?? 0;
  totals.skipped += stats.skipped ?? 0;
}

function vitest(project: string, env: NodeJS.ProcessEnv) {
  const output = path.join(reportDir, `vitest-${project}.json`);
  fs.rmSync(output, { force: true });
  return run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${output}`, ...(only ? [only] : [])], env).finally(
    () => countVitest(output),
  );
}

// The end-to-end run signs in, creates users and reads members; afterwards the server's log must
// hold no personal data (no email address, no demo password), every line our code wrote (JSON)
// must carry a request id, and none may be an error: an unexpected exception answers a server
// action with a polite generic message (status 200), so the log is where it would otherwise hide.
const PERSONAL = [/[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.(demo|tumar|example)\b/, /Tumar-demo-2026/, /password-for-tests/];

function checkServerLog(file: string): string[] {
  const problems: string[] = [];
  const lines = fs.readFileSync(file, "utf8").split("\n");
  let structured = 0;
  for (const [index, line] of lines.entries()) {
    for (const pattern of PERSONAL) if (pattern.test(line)) problems.push(`line ${index + 1}: matches ${pattern}`);
    if (!line.startsWith("{")) continue;
    structured += 1;
    const entry = JSON.parse(line);
    if (!entry.requestId || entry.requestId === "none") problems.push(`line ${index + 1}: no request id`);
    if (entry.level >= 50) problems.push(`line ${index + 1}: an unexpected error was logged (${entry.msg})`);
  }
  if (structured === 0) problems.push("no structured log line at all: is the logger writing?");
  return problems;
}

async function main() {
  fs.mkdirSync(reportDir, { recursive: true });
  const started = Date.now();
  const secrets = {
    AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
    DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
    DATA_HASH_KEY: crypto.randomBytes(32).toString("base64"),
  };
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, ...secrets, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn" };
  // The demo network is seeded in this process: it must encrypt with the keys the app server reads,
  // or every seeded name, note and address reads as unreadable (and warns) in the end-to-end run.
  Object.assign(process.env, secrets);
  let database: EmbeddedDatabase | null = null;
  let server: ChildProcess | null = null;
  const failures: string[] = [];
  try {
    if (wants("static")) {
      console.log("\n== Type check and lint");
      if ((await run("npx", ["tsc", "--noEmit"], baseEnv)) !== 0) failures.push("typecheck");
      if ((await run("npx", ["eslint", "--max-warnings", "0", "."], baseEnv)) !== 0) failures.push("lint");
      const { auditDependencies } = await import("./audit-deps");
      const audit = await auditDependencies(root);
      console.log(`\n== Dependency audit (npm audit --omit=dev): ${audit.status}, ${audit.detail}`);
      if (audit.status === "failed") {
        failures.push("dependency audit");
        totals.failed += 1;
      } else if (audit.status === "passed") totals.passed += 1;
      else totals.skipped += 1;
    }
    if (wants("unit")) {
      console.log("\n== Unit tests");
      if ((await vitest("unit", { ...baseEnv, NODE_ENV: "test" })) !== 0) failures.push("unit");
    }
    if (!wants("integration") && !wants("e2e") && !wants("faults") && !wants("instances") && !wants("bench")) return failures;

    let url = process.env.TEST_DATABASE_URL;
    if (!url) {
      console.log("\n== Starting a throw-away PostgreSQL");
      database = await startTemporaryPostgres("test");
      url = database.url;
    }
    const appPassword = crypto.randomBytes(18).toString("base64url");
    const { appUrl } = await prepareDatabase(url, { seedDemo: false, appPassword });
    // The app's code connects as the row-level-security role; test set-up and checks that read
    // behind the app's back use the owner (MAINTENANCE_DATABASE_URL).
    const env = { ...baseEnv, DATABASE_URL: appUrl, MAINTENANCE_DATABASE_URL: url };

    if (wants("integration")) {
      console.log("\n== Integration tests (real PostgreSQL)");
      if ((await vitest("integration", { ...env, NODE_ENV: "test" })) !== 0) failures.push("integration");
    }

    if (wants("e2e")) {
      console.log("\n== End-to-end tests (Chromium)");
      await prepareDatabase(url, { seedDemo: "always", appPassword });
      if (!process.env.E2E_SKIP_BUILD || !fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
        if ((await run("npx", ["next", "build"], { ...env, NODE_ENV: "production" })) !== 0) throw new Error("next build failed");
      }
      const port = await findFreePort();
      const appUrl = `http://127.0.0.1:${port}`;
      const serverLog = path.join(reportDir, "server.log");
      const logFd = fs.openSync(serverLog, "w");
      server = spawn(process.execPath, [...PEER_ADDRESS_PRELOAD, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
        cwd: root,
        stdio: ["ignore", logFd, logFd],
        // The demo accounts have no second factor: the test server does not demand one (its
        // enforcement is covered by lib/auth/second-factor.int.test.ts).
        env: { ...env, NODE_ENV: "production", NEXTAUTH_URL: appUrl, LOG_LEVEL: "info", REQUIRE_SECOND_FACTOR: "off" },
      });
      await waitForHealth(appUrl, server);
      const output = path.join(reportDir, "playwright.json");
      fs.rmSync(output, { force: true });
      const code = await run("npx", ["playwright", "test", "--reporter=list,json", ...(process.env.E2E_ARGS ? process.env.E2E_ARGS.split(" ") : [])], {
        ...env,
        E2E_BASE_URL: appUrl,
        NODE_ENV: "test",
        PLAYWRIGHT_JSON_OUTPUT_NAME: output,
      });
      countPlaywright(output);
      server.kill("SIGTERM");
      const logProblems = checkServerLog(serverLog);
      if (logProblems.length) {
        console.error(`\nServer log check failed (see ${path.relative(root, serverLog)}):\n  ${logProblems.join("\n  ")}`);
        failures.push("server-log");
        totals.failed += 1;
      } else {
        console.log("\n== Server log check: structured lines carry a request id; no email address or password appears");
        totals.passed += 1;
      }
      if (code !== 0) failures.push("e2e");
    }

    if (wants("faults")) {
      console.log("\n== Fault tests (own PostgreSQL and app server)");
      if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
        if ((await run("npx", ["next", "build"], { ...env, NODE_ENV: "production" })) !== 0) throw new Error("next build failed");
      }
      const { runFaultTests } = await import("./faults");
      for (const result of await runFaultTests(root, baseEnv, path.join(reportDir, "faults-server.log"))) {
        console.log(`  ${result.skipped ? "-" : result.ok ? "✓" : "✘"} ${result.name}\n      ${result.detail}`);
        if (result.skipped) totals.skipped += 1;
        else if (result.ok) totals.passed += 1;
        else {
          totals.failed += 1;
          failures.push(`faults: ${result.name}`);
        }
      }
    }
    if (wants("instances")) {
      console.log("\n== Two app instances on one database");
      if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
        if ((await run("npx", ["next", "build"], { ...env, NODE_ENV: "production" })) !== 0) throw new Error("next build failed");
      }
      const { runInstanceTests } = await import("./instances");
      for (const result of await runInstanceTests(root, baseEnv, reportDir)) {
        console.log(`  ${result.ok ? "✓" : "✘"} ${result.name}\n      ${result.detail}`);
        if (result.ok) totals.passed += 1;
        else {
          totals.failed += 1;
          failures.push(`instances: ${result.name}`);
        }
      }
    }
    if (wants("bench")) {
      console.log("\n== Benchmark smoke run (small network; figures not judged)");
      if (!fs.existsSync(path.join(root, ".next/BUILD_ID"))) {
        if ((await run("npx", ["next", "build"], { ...env, NODE_ENV: "production" })) !== 0) throw new Error("next build failed");
      }
      // Its databases go to a temporary folder: the tests never touch .data/.
      const benchData = fs.mkdtempSync(path.join(os.tmpdir(), "tumar-bench-data-"));
      if (process.getuid?.() === 0) fs.chmodSync(benchData, 0o777); // the `postgres` user writes here when we are root
      const code = await run("npx", ["tsx", "scripts/bench/index.ts", "--small", "--check", "--skip-build", "--data", benchData], baseEnv);
      fs.rmSync(benchData, { recursive: true, force: true });
      if (code === 0) totals.passed += 1;
      else {
        totals.failed += 1;
        failures.push("bench smoke run");
      }
    }
    return failures;
  } finally {
    server?.kill("SIGTERM");
    await database?.stop().catch(() => {});
    console.log(`\nTest run took ${Math.round((Date.now() - started) / 1000)} s`);
    // One plain closing line over all runners (unit, integration, end-to-end).
    if (failedTests.length) console.log(`\nFailed tests:\n  ${failedTests.join("\n  ")}`);
    console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
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
