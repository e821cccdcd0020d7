// Starts a production build (`next start`) on a free port, for benchmarks and the two-instance
// test, signs in through next-auth, and stops it again.
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { pathToFileURL } from "node:url";
import { findFreePort } from "./db/embedded-postgres";

export interface RunningApp {
  url: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/**
 * How production runs Node.js (package.json's start, docker/start.sh): V8 would otherwise let the
 * heap grow towards a quarter of the machine's memory before collecting it fully.
 */
export const PRODUCTION_NODE_ARGS = ["--max-old-space-size=320"];

/**
 * And its environment: two malloc arenas (glibc otherwise gives each of Node.js's threads its own,
 * and what one frees the others do not reuse), as npm start and docker/start.sh set.
 */
export const PRODUCTION_ENV = { MALLOC_ARENA_MAX: "2" };

/**
 * Loaded into every server before Next.js: it tells the app the connection's address, and the app
 * refuses to start without it (server/peer-address.mjs, decision 0011).
 */
export const PEER_ADDRESS_PRELOAD = [
  `--import=${pathToFileURL(path.resolve(import.meta.dirname, "../server/peer-address.mjs")).href}`,
];

/** `nodeArgs`: options for Node.js itself (default: production's; e.g. --cpu-prof, which NODE_OPTIONS does not take). */
export async function startApp(options: {
  root: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  nodeArgs?: string[];
}): Promise<RunningApp> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const log = fs.openSync(options.logFile, "w");
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? PRODUCTION_NODE_ARGS),
      ...PEER_ADDRESS_PRELOAD,
      path.join(options.root, "node_modules/next/dist/bin/next"),
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: options.root,
      stdio: ["ignore", log, log],
      detached: true,
      env: {
        ...PRODUCTION_ENV,
        ...options.env,
        NODE_ENV: "production",
        NEXTAUTH_URL: url,
        REQUIRE_SECOND_FACTOR: "off",
        LOG_LEVEL: "warn",
      },
    },
  );
  const deadline = Date.now() + 60_000;
  while (
    !(await fetch(`${url}/api/health`)
      .then((r) => r.ok)
      .catch(() => false))
  ) {
    if (hasExited(child) || Date.now() > deadline)
      throw new Error(`the app at ${options.root} did not start (see ${options.logFile})`);
    await new Promise((r) => setTimeout(r, 250));
  }
  let stopping = false;
  // A server that dies under load (V8 out of heap aborts it) says so at once, rather than leaving
  // a benchmark to report the failed requests of a phase without the reason.
  child.once("exit", (code, signal) => {
    if (!stopping) console.error(`The app at ${url} exited (${signal ?? `code ${code}`}): see ${options.logFile}`);
  });
  return {
    url,
    process: child,
    stop: async () => {
      stopping = true;
      if (hasExited(child)) return;
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        child.kill("SIGTERM");
      }
      await exitOf(child);
    },
  };
}

/**
 * Whether the process has ended, by a code or by a signal: one killed by a signal (V8 out of heap
 * aborts it) keeps `exitCode` null, and waiting for an "exit" that has already been emitted hangs.
 */
export function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** Resolves once the process has ended, at once if it already has. */
export function exitOf(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => (hasExited(child) ? resolve() : child.once("exit", () => resolve())));
}

/** next-auth's CSRF token and the cookie it must travel with (sign-in and sign-out need both). */
export async function csrf(url: string, cookie?: string): Promise<{ csrfToken: string; csrfCookie: string }> {
  const answer = await fetch(`${url}/api/auth/csrf`, { headers: cookie ? { cookie } : {} });
  const { csrfToken } = (await answer.json()) as { csrfToken: string };
  return {
    csrfToken,
    csrfCookie: answer.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; "),
  };
}

/** One sign-in attempt through next-auth's credentials endpoint: the session cookie, if it gave one. */
export async function attemptSignIn(
  url: string,
  email: string,
  password: string,
): Promise<{ session: string | null; status: number }> {
  const { csrfToken, csrfCookie } = await csrf(url);
  const answer = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session =
    answer.headers
      .getSetCookie()
      .map((c) => c.split(";")[0] ?? "")
      .find((c) => c.includes("session-token=")) ?? null;
  return { session, status: answer.status };
}

/** Signs in; returns the Cookie header of the session. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const { session, status } = await attemptSignIn(url, email, password);
  if (!session) throw new Error(`signing in as ${email} failed (${status})`);
  return session;
}
