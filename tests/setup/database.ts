// Vitest globalSetup of the integration project: a throw-away PostgreSQL (or TEST_DATABASE_URL),
// migrated, with the app's row-level-security role given a login. The tests read both addresses
// from the environment, as the app does: DATABASE_URL is the app's role (what data.ts and
// mutations.ts run as), MAINTENANCE_DATABASE_URL the owner (set-up and checks behind the app's back).
// So `npx vitest run --project integration` works on its own.
import crypto from "node:crypto";
import type { TestProject } from "vitest/node";
import path from "node:path";
import readline from "node:readline";
import { spawn, type ChildProcess } from "node:child_process";
import { prepareDatabase } from "../../scripts/prepare-database";

/** Starts tests/setup/postgres-process.ts and waits for the address it prints. */
async function startPostgresProcess(): Promise<{ server: ChildProcess; url: string }> {
  const script = path.join(import.meta.dirname, "postgres-process.ts");
  const server = spawn(process.execPath, ["--import", "tsx", script], { stdio: ["pipe", "pipe", "inherit"] });
  const lines = readline.createInterface({ input: server.stdout! });
  const url = await new Promise<string>((resolve, reject) => {
    server.once("exit", (code) => reject(new Error(`the test database did not start (exit ${code})`)));
    lines.on("line", (line) => {
      if (line.startsWith("{")) resolve((JSON.parse(line) as { url: string }).url);
      else console.log(line);
    });
  });
  return { server, url };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    maintenanceDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let server: ChildProcess | null = null;
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    ({ server, url } = await startPostgresProcess());
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
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  };
}
