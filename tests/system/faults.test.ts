// What survives when things break, on the production build with a PostgreSQL and an app server of
// this file's own, so breaking them disturbs no other test:
//  1. the database restarts while requests run;
//  2. the app process is killed in the middle of writes;
//  3. the disk of PostgreSQL's data directory fills up (a small tmpfs of its own, which needs root
//     on Linux: elsewhere the case is skipped, never passed).
// The cases run in order on the same servers.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  acceptsConnections,
  findFreePort,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from "../../scripts/db/embedded-postgres";
import { PEER_ADDRESS_PRELOAD } from "../../scripts/app-server";
import { prepareDatabase } from "../../scripts/prepare-database";
import { verifyAuditChains } from "../../lib/audit/verify";
import { fillDisk, mountSmallDisk, unmountSmallDisk } from "./small-disk";
import { killGroup, sleep, waitFor } from "./processes";

const root = path.resolve(import.meta.dirname, "../..");
const logFile = path.join(root, "test-results/faults-server.log");

let dir: string;
let smallDisk = false;
let server: Parameters<typeof startEmbeddedPostgres>[0];
let database: EmbeddedDatabase;
let dbPort: number;
let url: string;
let appUrl: string;
let auth: { authorization: string };
let startApp: () => ChildProcess;
let app: ChildProcess;
const healthy = () => fetch(`${appUrl}/api/health`).then((r) => r.ok);

/** Creates a person through the API (as the demo coordinator's token); the answer's status and error code. */
function writePerson(givenName: string, familyName: string) {
  return fetch(`${appUrl}/api/v1/victims`, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify({
      givenName,
      familyName,
      sex: "FEMALE",
      estimatedAge: 30,
      identifiedOn: "2026-05-01",
      identifiedBy: "POLICE",
      narrative: "written while something breaks",
    }),
    signal: AbortSignal.timeout(15_000),
  })
    .then(async (r) => ({
      status: r.status,
      code: ((await r.json().catch(() => null)) as { error?: { code?: string } } | null)?.error?.code ?? "",
    }))
    .catch(() => ({ status: -1, code: "" }));
}

/** The stored people of `familyName`, each with whether its search key and its audit event exist. */
async function storedPeople(client: Pick<pg.Pool, "query">, familyName: string) {
  const { rows } = await client.query(
    `SELECT v.given_name AS name, k.victim_id IS NOT NULL AS with_key,
            EXISTS (SELECT 1 FROM audit_events a WHERE a.record_id = v.id::text AND a.action = 'victim.create') AS with_audit
       FROM victims v LEFT JOIN victim_search_keys k ON k.victim_id = v.id WHERE v.family_name = $1`,
    [familyName],
  );
  return rows as { name: string; with_key: boolean; with_audit: boolean }[];
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "tumar-faults-"));
  // PostgreSQL's files on a small disk of their own, so the third case can fill it.
  smallDisk = mountSmallDisk(dir, 400);
  fs.chmodSync(dir, 0o777);
  // A small WAL budget, so that PostgreSQL's own files leave the small disk room.
  server = {
    dir: `${dir}/pg`,
    password: crypto.randomBytes(18).toString("base64url"),
    database: "tumar",
    persistent: true,
    settings: ["max_wal_size=64MB", "min_wal_size=32MB"],
  };
  database = await startEmbeddedPostgres(server);
  dbPort = Number(new URL(database.url).port);
  url = database.url;
  const { appUrl: appDatabaseUrl } = await prepareDatabase(url, {
    seedDemo: "always",
    appPassword: crypto.randomBytes(18).toString("base64url"),
  });

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
  auth = { authorization: `Bearer ${token}` };

  // Always on the same port, so a restarted app is the same address.
  const port = await findFreePort();
  appUrl = `http://127.0.0.1:${port}`;
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const logFd = fs.openSync(logFile, "w");
  startApp = () =>
    spawn(
      process.execPath,
      [
        ...PEER_ADDRESS_PRELOAD,
        path.join(root, "node_modules/next/dist/bin/next"),
        "start",
        "-p",
        String(port),
        "-H",
        "127.0.0.1",
      ],
      {
        cwd: root,
        stdio: ["ignore", logFd, logFd],
        // Its own process group, so a kill reaches Next.js's worker processes too.
        detached: true,
        env: {
          ...process.env,
          DATABASE_URL: appDatabaseUrl,
          NODE_ENV: "production",
          NEXTAUTH_URL: appUrl,
          LOG_LEVEL: "warn",
          REQUIRE_SECOND_FACTOR: "off",
        },
      },
    );
  app = startApp();
  if (!(await waitFor(healthy, 60_000))) throw new Error(`the fault-test app did not start (see ${logFile})`);
});

afterAll(async () => {
  if (app) killGroup(app, "SIGTERM");
  await database?.stop().catch(() => {});
  if (smallDisk) unmountSmallDisk(dir);
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("faults", () => {
  it("a database restart under load: the API answers 503 while PostgreSQL is away, never 500, and recovers by itself", async () => {
    const statuses: number[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        statuses.push(
          await fetch(`${appUrl}/api/v1/me`, { headers: auth })
            .then((r) => r.status)
            .catch(() => -1),
        );
        await sleep(25);
      }
    })();
    await sleep(500);
    await database.stop();
    await sleep(1500);
    database = await startEmbeddedPostgres({ ...server, preferredPort: dbPort, samePort: true });
    const recovered = await waitFor(
      async () => (await fetch(`${appUrl}/api/v1/me`, { headers: auth })).status === 200,
      30_000,
    );
    await sleep(300);
    polling = false;
    await poller;
    expect(recovered, "the app answers 200 again without a restart").toBe(true);
    expect([...new Set(statuses.filter((s) => s !== 200 && s !== 503))], "answers other than 200 and 503").toEqual([]);
    expect(statuses, "503 while the database was away").toContain(503);
    expect(statuses.at(-1)).toBe(200);
  });

  it("the app killed in the middle of writes: every write is whole (record, search key, audit event), none half-written", async () => {
    const marker = `Faultproof${crypto.randomBytes(3).toString("hex")}`;
    // Four writers keep creating records; the process is killed once fifteen have been answered,
    // so others are in flight at that moment.
    const answered: number[] = [];
    let killed = false;
    const writer = async (stream: number) => {
      for (let i = 0; !killed || i === 0; i++) {
        const { status } = await writePerson(`Write${stream}x${i}`, marker);
        answered.push(status);
        if (status === -1) return;
      }
    };
    const writers = Promise.all([0, 1, 2, 3].map(writer));
    await waitFor(async () => answered.filter((s) => s === 201).length >= 15, 30_000);
    killed = true;
    killGroup(app, "SIGKILL");
    await writers;
    await new Promise((resolve) =>
      app.exitCode !== null || app.signalCode !== null ? resolve(null) : app.once("exit", resolve),
    );
    app = startApp();
    expect(await waitFor(healthy, 60_000), "the app starts again").toBe(true);
    const check = new pg.Client({ connectionString: url });
    await check.connect();
    const rows = await storedPeople(check, marker);
    await check.end();
    const created = answered.filter((s) => s === 201).length;
    expect(created).toBeGreaterThanOrEqual(15);
    expect(rows.length, "every answered write is stored").toBeGreaterThanOrEqual(created);
    expect(
      rows.filter((r) => !r.with_key || !r.with_audit),
      "records without their search key or audit event",
    ).toEqual([]);
  });

  it("a full disk: writes refused with 503, nothing half-written, writes resume once space is freed", async (context) => {
    if (!smallDisk) context.skip("a small file system could not be mounted here (needs root on Linux)");
    const filler = path.join(dir, "filler");
    const marker = `Diskfull${crypto.randomBytes(3).toString("hex")}`;
    fillDisk(filler);
    const answers: { status: number; code: string }[] = [];
    // Pages with free room and recycled log files absorb a few writes; go on until five are refused.
    for (let i = 0; i < 60 && answers.filter((r) => r.status !== 201).length < 5; i++)
      answers.push(await writePerson(`Full${i}`, marker));
    fs.rmSync(filler, { force: true });
    // PostgreSQL may have stopped if it could not write its log (WAL); an operator (or its service
    // manager) starts it again, and the app must then recover by itself.
    if (!(await waitFor(() => acceptsConnections(url), 10_000))) {
      await database.stop().catch(() => {});
      database = await startEmbeddedPostgres({ ...server, preferredPort: dbPort, samePort: true });
    }
    const writesAgain = await waitFor(async () => (await writePerson("Full100", marker)).status === 201, 60_000);
    const check = new pg.Pool({ connectionString: url, max: 2 });
    check.on("error", () => {});
    const rows = await storedPeople(check, marker);
    const chains = await verifyAuditChains(check);
    await check.end();
    expect(
      answers.filter((r) => r.status !== 201 && r.status !== 503),
      "answers other than 201 and 503 while full",
    ).toEqual([]);
    expect(answers.filter((r) => r.status === 503).length, "writes refused while full").toBeGreaterThan(0);
    expect(rows.filter((r) => r.name !== "Full100").length, "stored = accepted").toBe(
      answers.filter((r) => r.status === 201).length,
    );
    expect(
      rows.filter((r) => !r.with_key || !r.with_audit),
      "records without their search key or audit event",
    ).toEqual([]);
    expect(writesAgain, "writes again once space is freed").toBe(true);
    expect(chains.broken, "broken audit chains").toEqual([]);
  });
});
