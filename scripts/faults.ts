// Fault tests (issue 7), run by `npm test` after the end-to-end stage against a production build:
// a PostgreSQL and an app server of their own, so breaking them disturbs no other test.
//  1. The database restarts while requests run: the API answers 503 (with Retry-After) while it is
//     gone, never 500, and recovers by itself, without restarting the app.
//  2. The app process is killed in the middle of writes: every write that happened is whole (a
//     victim record with its search key and its audit event, in one transaction), none is half.
// A full disk is not simulated here (it needs a size-limited file system the test cannot mount
// unprivileged); see docs/security.md.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "./db/embedded-postgres";
import { prepareDatabase } from "./prepare-database";

export interface FaultResult {
  name: string;
  ok: boolean;
  detail: string;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await sleep(100);
  }
  return false;
}

export async function runFaultTests(root: string, baseEnv: NodeJS.ProcessEnv, logFile: string): Promise<FaultResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tumar-faults-"));
  fs.chmodSync(dir, 0o777);
  const password = crypto.randomBytes(18).toString("base64url");
  let database: EmbeddedDatabase = await startEmbeddedPostgres({ dir: `${dir}/pg`, password, database: "tumar", persistent: true });
  const dbPort = Number(new URL(database.url).port);
  const url = database.url;
  const { appUrl: appDatabaseUrl } = await prepareDatabase(url, { seedDemo: "always", appPassword: crypto.randomBytes(18).toString("base64url") });

  // An API token for a demo coordinator, stored the way the app stores one.
  const token = `tmr_${crypto.randomBytes(32).toString("base64url")}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const { rows } = await admin.query("SELECT id FROM users WHERE email = 'coordinator@almaty.demo'");
  await admin.query(
    "INSERT INTO api_tokens (id, user_id, name, token_hash, prefix, expires_at, created_at, updated_at) VALUES ($1, $2, 'faults', $3, $4, now() + interval '1 day', now(), now())",
    [crypto.randomUUID(), rows[0].id, crypto.createHash("sha256").update(token).digest("hex"), token.slice(0, 10)],
  );
  await admin.end();

  const port = await findFreePort();
  const appUrl = `http://127.0.0.1:${port}`;
  const logFd = fs.openSync(logFile, "w");
  const startApp = () =>
    spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
      cwd: root,
      stdio: ["ignore", logFd, logFd],
      // Its own process group, so a kill reaches Next.js's worker processes too.
      detached: true,
      env: { ...baseEnv, DATABASE_URL: appDatabaseUrl, NODE_ENV: "production", NEXTAUTH_URL: appUrl, LOG_LEVEL: "warn", REQUIRE_SECOND_FACTOR: "off" },
    });
  const healthy = () => fetch(`${appUrl}/api/health`).then((r) => r.ok);
  const auth = { authorization: `Bearer ${token}` };
  let app: ChildProcess = startApp();
  const results: FaultResult[] = [];
  try {
    if (!(await waitFor(healthy, 60_000))) throw new Error("the fault-test app did not start");

    // 1. Database restart under load.
    const statuses: number[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        const status = await fetch(`${appUrl}/api/v1/me`, { headers: auth }).then((r) => r.status).catch(() => -1);
        statuses.push(status);
        await sleep(25);
      }
    })();
    await sleep(500);
    console.log("    stopping PostgreSQL under load");
    await database.stop();
    await sleep(1500);
    const downAt = Date.now();
    database = await startEmbeddedPostgres({ dir: `${dir}/pg`, password, database: "tumar", persistent: true, preferredPort: dbPort, samePort: true });
    console.log("    PostgreSQL is back; waiting for the app to recover by itself");
    const recovered = await waitFor(async () => (await fetch(`${appUrl}/api/v1/me`, { headers: auth })).status === 200, 30_000);
    const recoveryMs = Date.now() - downAt;
    await sleep(300);
    polling = false;
    await poller;
    const unexpected = [...new Set(statuses.filter((s) => s !== 200 && s !== 503))];
    results.push({
      name: "database restart: 503 while down, no 500, recovers by itself",
      ok: recovered && unexpected.length === 0 && statuses.includes(503) && statuses.at(-1) === 200,
      detail: `${statuses.length} requests: ${statuses.filter((s) => s === 200).length} × 200, ${statuses.filter((s) => s === 503).length} × 503, other: ${unexpected.join(", ") || "none"}; back ${recoveryMs} ms after PostgreSQL started again`,
    });

    // 2. The app killed in the middle of writes.
    const marker = `Faultproof${crypto.randomBytes(3).toString("hex")}`;
    // Four writers keep creating records; the process is killed once fifteen have been answered,
    // so others are in flight at that moment.
    const answered: number[] = [];
    let killed = false;
    const writer = async (stream: number) => {
      for (let i = 0; !killed || i === 0; i++) {
        const status = await fetch(`${appUrl}/api/v1/victims`, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: JSON.stringify({ givenName: `Write${stream}x${i}`, familyName: marker, sex: "FEMALE", estimatedAge: 30, identifiedOn: "2026-05-01", identifiedBy: "POLICE", narrative: "written while the process dies" }),
          signal: AbortSignal.timeout(15_000),
        })
          .then((r) => r.status)
          .catch(() => -1);
        answered.push(status);
        if (status === -1) return;
      }
    };
    const writers = Promise.all([0, 1, 2, 3].map(writer));
    await waitFor(async () => answered.filter((s) => s === 201).length >= 15, 30_000);
    console.log("    killing the app in the middle of writes");
    killed = true;
    killGroup(app, "SIGKILL");
    await writers;
    await new Promise((resolve) => (app.exitCode !== null || app.signalCode !== null ? resolve(null) : app.once("exit", resolve)));
    console.log("    restarting the app");
    app = startApp();
    const back = await waitFor(healthy, 60_000);
    console.log(`    app back: ${back}; checking the records`);
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const counts = (
      await check.query(
        `SELECT count(*) AS victims,
                count(k.victim_id) AS with_key,
                count(*) FILTER (WHERE EXISTS (SELECT 1 FROM audit_events a WHERE a.record_id = v.id::text AND a.action = 'victim.create')) AS with_audit
           FROM victims v LEFT JOIN victim_search_keys k ON k.victim_id = v.id
          WHERE v.family_name = $1`,
        [marker],
      )
    ).rows[0];
    await check.end();
    const created = answered.filter((s) => s === 201).length;
    const victims = Number(counts.victims);
    results.push({
      name: "app killed mid-writes: every write is whole, none half-written",
      ok: back && created >= 15 && victims === Number(counts.with_key) && victims === Number(counts.with_audit) && victims >= created,
      detail: `${created} answered 201 before the kill, ${answered.filter((s) => s === -1).length} cut off; ${victims} records found, ${counts.with_key} with their search key, ${counts.with_audit} with their audit event`,
    });
  } finally {
    killGroup(app, "SIGTERM");
    await database.stop().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
