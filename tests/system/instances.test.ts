// Two app instances on one PostgreSQL, on the production build: the app keeps no state of its own,
// so a session and the sign-in throttle are the same on both.
import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTemporaryPostgres, type EmbeddedDatabase } from "../../scripts/db/embedded-postgres";
import { prepareDatabase } from "../../scripts/prepare-database";
import { attemptSignIn, csrf, signIn, startApp, type RunningApp } from "../../scripts/app-server";
import { DEMO_PASSWORD } from "../../prisma/demo-network";
import { PAIR_LIMIT } from "../../lib/auth/throttle-limits";

const root = path.resolve(import.meta.dirname, "../..");
let database: EmbeddedDatabase;
const apps: RunningApp[] = [];
let a: RunningApp;
let b: RunningApp;

async function signOut(url: string, cookie: string) {
  const { csrfToken, csrfCookie } = await csrf(url, cookie);
  await fetch(`${url}/api/auth/signout`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: `${cookie}; ${csrfCookie}` },
    body: new URLSearchParams({ csrfToken, json: "true" }),
  });
}

const status = (url: string, cookie: string) =>
  fetch(url, { headers: { cookie }, redirect: "manual" }).then((r) => r.status);

beforeAll(async () => {
  database = await startTemporaryPostgres("instances");
  const { appUrl } = await prepareDatabase(database.url, {
    seedDemo: "always",
    appPassword: crypto.randomBytes(18).toString("base64url"),
  });
  const env = { ...process.env, DATABASE_URL: appUrl };
  apps.push(
    ...(await Promise.all(
      ["a", "b"].map((name) => startApp({ root, env, logFile: path.join(root, `test-results/instance-${name}.log`) })),
    )),
  );
  [a, b] = apps as [RunningApp, RunningApp];
});

afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop().catch(() => {})));
  await database?.stop();
});

describe("two instances on one database", () => {
  it("a session made on one instance works on the other, and signing out on either ends it on both", async () => {
    const cookie = await signIn(a.url, "coordinator@tashkent.demo", DEMO_PASSWORD);
    expect(await status(`${b.url}/api/v1/me`, cookie)).toBe(200);
    expect(await status(`${b.url}/hotline`, cookie)).toBe(200);
    await signOut(b.url, cookie);
    expect(await status(`${a.url}/api/v1/me`, cookie)).toBe(401);
  });

  it("the sign-in throttle counts failures made on both instances together", async () => {
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    const throttled = async () =>
      Number(
        (await owner.query("SELECT count(*) AS n FROM audit_events WHERE action = 'auth.sign_in_throttled'")).rows[0].n,
      );
    try {
      const before = await throttled();
      const email = "caseworker@bishkek.demo";
      // Wrong passwords alternate between A and B.
      for (let i = 0; i < PAIR_LIMIT.points; i++) {
        const { session } = await attemptSignIn((i % 2 ? b : a).url, email, "not-the-password-1");
        expect(session, `attempt ${i + 1}`).toBeNull();
      }
      expect(
        (await attemptSignIn(b.url, email, DEMO_PASSWORD)).session,
        "the right password, once throttled",
      ).toBeNull();
      expect(await throttled()).toBe(before + 1);
      expect(
        (await attemptSignIn(b.url, "coordinator@bishkek.demo", DEMO_PASSWORD)).session,
        "another account",
      ).not.toBeNull();
    } finally {
      await owner.end();
    }
  });
});
