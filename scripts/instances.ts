// Two app instances on one PostgreSQL (issue 8), run by `npm test` after the fault stage against
// the production build: the app keeps no state of its own, so
//  1. a session made on one instance works on the other, and signing out on either ends it on both;
//  2. the sign-in throttle counts failures made on both instances together.
import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import { startTemporaryPostgres } from "./db/embedded-postgres";
import { prepareDatabase } from "./prepare-database";
import { attemptSignIn, csrf, signIn, startApp, type RunningApp } from "./app-server";
import { DEMO_PASSWORD } from "../prisma/demo-network";
import { PAIR_LIMIT } from "../lib/auth/throttle-limits";
import type { FaultResult } from "./faults";

async function signOut(url: string, cookie: string) {
  const { csrfToken, csrfCookie } = await csrf(url, cookie);
  await fetch(`${url}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${cookie}; ${csrfCookie}` },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
}

const status = (url: string, cookie: string) => fetch(url, { headers: { cookie }, redirect: "manual" }).then((r) => r.status);

export async function runInstanceTests(root: string, baseEnv: NodeJS.ProcessEnv, reportDir: string): Promise<FaultResult[]> {
  const database = await startTemporaryPostgres("instances");
  const apps: RunningApp[] = [];
  const results: FaultResult[] = [];
  try {
    const { appUrl } = await prepareDatabase(database.url, { seedDemo: "always", appPassword: crypto.randomBytes(18).toString("base64url") });
    const env = { ...baseEnv, DATABASE_URL: appUrl };
    apps.push(...(await Promise.all(["a", "b"].map((name) => startApp({ root, env, logFile: path.join(reportDir, `instance-${name}.log`) })))));
    const [a, b] = apps as [RunningApp, RunningApp];

    // 1. One session, two instances.
    const cookie = await signIn(a.url, "coordinator@tashkent.demo", DEMO_PASSWORD);
    const onB = { me: await status(`${b.url}/api/v1/me`, cookie), page: await status(`${b.url}/hotline`, cookie) };
    await signOut(b.url, cookie);
    const onAAfter = await status(`${a.url}/api/v1/me`, cookie);
    results.push({
      name: "two instances: a session made on one works on the other; signing out on one ends it on both",
      ok: onB.me === 200 && onB.page === 200 && onAAfter === 401,
      detail: `signed in on A; on B: /api/v1/me ${onB.me}, /hotline ${onB.page}; signed out on B; on A then: /api/v1/me ${onAAfter}`,
    });

    // 2. One throttle, two instances: failures alternate between A and B.
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    const throttled = async () => Number((await owner.query("SELECT count(*) AS n FROM audit_events WHERE action = 'auth.sign_in_throttled'")).rows[0].n);
    const before = await throttled();
    const email = "caseworker@bishkek.demo";
    const failures: string[] = [];
    for (let i = 0; i < PAIR_LIMIT.points; i++) {
      const app = i % 2 ? b : a;
      const { session } = await attemptSignIn(app.url, email, "not-the-password-1");
      failures.push(`${app === a ? "A" : "B"}:${session ? "signed in" : "refused"}`);
    }
    const right = await attemptSignIn(b.url, email, DEMO_PASSWORD);
    const after = await throttled();
    const other = await attemptSignIn(b.url, "coordinator@bishkek.demo", DEMO_PASSWORD);
    await owner.end();
    results.push({
      name: "two instances: the sign-in throttle counts failures on both together",
      ok: failures.every((f) => f.endsWith("refused")) && right.session === null && after === before + 1 && other.session !== null,
      detail: `${PAIR_LIMIT.points} wrong passwords (${failures.join(", ")}); then the right password on B: ${right.session ? "signed in" : "refused"}, throttle events ${before} → ${after}; another account on B: ${other.session ? "signed in" : "refused"}`,
    });
  } finally {
    await Promise.all(apps.map((app) => app.stop().catch(() => {})));
    await database.stop();
  }
  return results;
}
