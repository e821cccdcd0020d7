// Fault tests (issue 7), run by `npm test` after the end-to-end stage against a production build:
// a PostgreSQL and an app server of their own, so breaking them disturbs no other test.
//  1. The database restarts while requests run: the API answers 503 (with Retry-After) while it is
//     gone, never 500, and recovers by itself, without restarting the app.
//  2. The app process is killed in the middle of writes: every write that happened is whole (a
//     victim record with its search key and its audit event, in one transaction), none is half.
//  3. The disk of PostgreSQL's data directory fills up (scripts/faults-disk.ts): writes are refused
//     with 503 STORAGE_FULL, never 500; no refused write leaves a row; once space is freed the app
//     writes again by itself and every record and audit chain is whole.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from "./db/embedded-postgres";
import { PEER_ADDRESS_PRELOAD } from "./app-server";
import { prepareDatabase } from "./prepare-database";
import { fillDisk, mountSmallDisk, unmountSmallDisk } from "./faults-disk";
import { verifyAuditChains } from "../lib/audit/verify";

export interface FaultResult {
  name: string;
  ok: boolean;
  detail: string;
  /** Could not be tried on this machine (said why in detail); counted as skipped, not passed. */
  skipped?: boolean;
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
  // PostgreSQL's files on a small disk of their own, so the third case can fill it.
  const smallDisk = mountSmallDisk(dir, 400);
  fs.chmodSync(dir, 0o777);
  const password = crypto.randomBytes(18).toString("base64url");
  // A small WAL budget, so that PostgreSQL's own files leave the small disk room.
  const server = { dir: `${dir}/pg`, password, database: "tumar", persistent: true, settings: ["max_wal_size=64MB", "min_wal_size=32MB"] };
  let database: EmbeddedDatabase = await startEmbeddedPostgres(server);
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
    spawn(process.execPath, [...PEER_ADDRESS_PRELOAD, path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
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
    database = await startEmbeddedPostgres({ ...server, preferredPort: dbPort, samePort: true });
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

    // 3. The disk fills up.
    if (!smallDisk) {
      results.push({ name: "full disk: writes refused clearly, nothing half-written, recovers", ok: false, skipped: true, detail: "skipped: a small file system could not be mounted here (needs root on Linux)" });
    } else {
      const filler = path.join(dir, "filler");
      const fullMarker = `Diskfull${crypto.randomBytes(3).toString("hex")}`;
      const write = (i: number) =>
        fetch(`${appUrl}/api/v1/victims`, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: JSON.stringify({ givenName: `Full${i}`, familyName: fullMarker, sex: "MALE", estimatedAge: 40, identifiedOn: "2026-05-02", identifiedBy: "POLICE", narrative: "written while the disk is full" }),
          signal: AbortSignal.timeout(15_000),
        })
          .then(async (r) => ({ status: r.status, code: ((await r.json().catch(() => null)) as { error?: { code?: string } } | null)?.error?.code ?? "" }))
          .catch(() => ({ status: -1, code: "" }));
      console.log("    filling the disk");
      const filled = fillDisk(filler);
      const refused: { status: number; code: string }[] = [];
      // Pages with free room and recycled log files absorb a few writes; go on until five are refused.
      for (let i = 0; i < 60 && refused.filter((r) => r.status !== 201).length < 5; i++) refused.push(await write(i));
      console.log("    freeing the disk");
      fs.rmSync(filler, { force: true });
      // PostgreSQL may have stopped if it could not write its log (WAL); an operator (or its
      // service manager) starts it again, and the app must then recover by itself.
      const pgUp = async () => {
        const probe = new pg.Client({ connectionString: url });
        probe.on("error", () => {});
        try {
          await probe.connect();
          await probe.query("SELECT 1");
          return true;
        } catch {
          return false;
        } finally {
          await probe.end().catch(() => {});
        }
      };
      let restarted = false;
      if (!(await waitFor(pgUp, 10_000))) {
        restarted = true;
        await database.stop().catch(() => {});
        database = await startEmbeddedPostgres({ ...server, preferredPort: dbPort, samePort: true });
      }
      const writesAgain = await waitFor(async () => (await write(100)).status === 201, 60_000);
      const check = new pg.Pool({ connectionString: url, max: 2 });
      check.on("error", () => {});
      const rows = (
        await check.query(
          `SELECT v.given_name AS name, k.victim_id IS NOT NULL AS with_key,
                  EXISTS (SELECT 1 FROM audit_events a WHERE a.record_id = v.id::text AND a.action = 'victim.create') AS with_audit
             FROM victims v LEFT JOIN victim_search_keys k ON k.victim_id = v.id WHERE v.family_name = $1`,
          [fullMarker],
        )
      ).rows as { name: string; with_key: boolean; with_audit: boolean }[];
      const chains = await verifyAuditChains(check);
      await check.end();
      const answeredRefused = refused.filter((r) => r.status === 503);
      const stored = rows.filter((r) => r.name !== "Full100");
      const accepted = refused.filter((r) => r.status === 201).length;
      results.push({
        name: "full disk: writes refused clearly, nothing half-written, recovers",
        ok:
          answeredRefused.length > 0 &&
          refused.every((r) => r.status === 503 || r.status === 201) &&
          stored.length === accepted &&
          rows.every((r) => r.with_key && r.with_audit) &&
          writesAgain &&
          chains.broken.length === 0,
        detail: `disk filled with ${(filled / 1024 / 1024).toFixed(0)} MiB more; answers while full: ${refused.map((r) => `${r.status}${r.code ? ` ${r.code}` : ""}`).join(", ")}; ${stored.length} of them stored (${accepted} accepted); ${restarted ? "PostgreSQL had stopped and was started again; " : ""}writes again: ${writesAgain}; ${chains.chains} audit chains, ${chains.broken.length} broken`,
      });
    }
  } finally {
    killGroup(app, "SIGTERM");
    await database.stop().catch(() => {});
    if (smallDisk) unmountSmallDisk(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
