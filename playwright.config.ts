import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { ensureTestSecrets } from "./tests/setup/secrets";

// Made up for this run, before the app server and the seed start, so all encrypt with the same
// keys (tests/setup/secrets.ts). The workers load this file again and keep the values they inherit.
ensureTestSecrets();
// The app server (e2e/support/serve.ts: database, build, `next start`) listens here.
process.env.E2E_PORT ??= "3210";
process.env.E2E_BASE_URL ??= `http://127.0.0.1:${process.env.E2E_PORT}`;
const baseURL = process.env.E2E_BASE_URL;

// Debian's Chromium where it is installed (CI, these machines); Playwright's own browser elsewhere.
const systemChromium = "/usr/bin/chromium";
const launchOptions = fs.existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    }
  : {};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/playwright",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  // One retry on CI only: a test that passes on its retry is reported as flaky in the list, so it
  // stays visible, but a passing-on-retry socket reset does not sink the run.
  retries: process.env.CI ? 1 : 0,
  forbidOnly: true,
  reporter: [["list"]],
  webServer: {
    command: "npx tsx e2e/support/serve.ts",
    url: `${baseURL}/api/health`,
    // It may build the app first: minutes on two cores.
    timeout: 15 * 60_000,
    reuseExistingServer: false,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
  // Seeds the demo network and hands the database's addresses to the tests; then checks the server's log.
  globalSetup: "./e2e/support/global-setup.ts",
  globalTeardown: "./e2e/support/global-teardown.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "retain-on-failure",
    locale: "en-GB",
    launchOptions,
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], launchOptions } }],
});
