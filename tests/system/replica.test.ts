// Reads on a streaming replica (READ_DATABASE_URL, decision 0037), on the production build: a real
// replica of a real primary (scripts/db/replica.ts). Figures and their export are read on the
// replica: with its replay paused, a call written on the primary is not in them; once it replays,
// it is. With the replica stopped, the same page and export answer from the primary.
import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTemporaryPostgres, type EmbeddedDatabase } from "../../scripts/db/embedded-postgres";
import { startStreamingReplica, type StreamingReplica } from "../../scripts/db/replica";
import { prepareDatabase } from "../../scripts/prepare-database";
import { signIn, startApp, type RunningApp } from "../../scripts/app-server";
import { DEMO_PASSWORD } from "../../prisma/demo-network";

const root = path.resolve(import.meta.dirname, "../..");
let primary: EmbeddedDatabase;
let replica: StreamingReplica;
let app: RunningApp;
let cookie: string;

const year = new Date().getUTCFullYear();
const period = `from=${year}-01-01&to=${year}-12-31`;

/** The calls of the year on the figures page (its total row) and in the CSV export. */
async function callsShown(): Promise<{ page: number; csv: number }> {
  const page = await fetch(`${app.url}/reports/figures/calls?${period}`, { headers: { cookie } });
  expect(page.status).toBe(200);
  const html = await page.text();
  const pageTotal = /data-testid="total-callType"[^>]*>([^<]*)</.exec(html)?.[1];
  const file = await fetch(`${app.url}/reports/figures/calls/export?format=csv&table=callType&${period}`, {
    headers: { cookie },
  });
  expect(file.status).toBe(200);
  const totalLine = (await file.text()).split("\r\n").find((line) => line.startsWith("callType,calls,total,"));
  return {
    page: Number((pageTotal ?? "").replace(/\D/g, "")),
    csv: Number(totalLine?.split(",")[4]),
  };
}

/** A new call of the Tashkent hotline, written on the primary behind the app's back (a copy of one of its calls, received now). */
async function writeCallOnPrimary() {
  const client = new pg.Client({ connectionString: primary.url });
  await client.connect();
  try {
    const { rowCount } = await client.query(`
      INSERT INTO hotline_calls
      SELECT (jsonb_populate_record(NULL::hotline_calls, to_jsonb(c) || jsonb_build_object(
               'id', gen_random_uuid(), 'received_at', now() AT TIME ZONE 'UTC', 'voided_at', NULL))).*
        FROM hotline_calls c JOIN organisations o ON o.id = c.organisation_id
       WHERE o.name ILIKE '%Tashkent%' AND c.voided_at IS NULL
       LIMIT 1`);
    expect(rowCount).toBe(1);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  primary = await startTemporaryPostgres("replica-primary");
  const { appUrl } = await prepareDatabase(primary.url, {
    seedDemo: "always",
    appPassword: crypto.randomBytes(18).toString("base64url"),
  });
  replica = await startStreamingReplica(primary);
  // The same role on the replica: a physical replica has the primary's roles and passwords.
  const readUrl = new URL(appUrl);
  readUrl.port = String(replica.port);
  app = await startApp({
    root,
    env: { ...process.env, DATABASE_URL: appUrl, READ_DATABASE_URL: readUrl.toString() },
    logFile: path.join(root, "test-results/replica-app.log"),
  });
  cookie = await signIn(app.url, "analyst@tashkent.demo", DEMO_PASSWORD);
});

afterAll(async () => {
  await app?.stop().catch(() => {});
  await replica?.remove().catch(() => {});
  await primary?.stop();
});

describe("reads on a streaming replica", () => {
  it("serves figures and their export from the replica, shows a write once replayed, and falls back to the primary when it is down", async () => {
    const before = await callsShown();
    expect(before.page).toBeGreaterThan(0);
    expect(before.csv).toBe(before.page);

    // Replay paused: the primary has one call more, the replica (and so the figures) not yet.
    await replica.pauseReplay();
    await writeCallOnPrimary();
    expect(await callsShown()).toEqual(before);

    // Replayed: the write is visible there.
    await replica.resumeReplay();
    await replica.caughtUp();
    const after = { page: before.page + 1, csv: before.csv + 1 };
    expect(await callsShown()).toEqual(after);

    // Replica down: the same page and export answer, from the primary, which has the call too.
    await replica.pauseReplay();
    await writeCallOnPrimary();
    await replica.stop();
    expect(await callsShown()).toEqual({ page: after.page + 1, csv: after.csv + 1 });

    // The export was audited on the primary (a replica takes no writes).
    const client = new pg.Client({ connectionString: primary.url });
    await client.connect();
    const { rows } = await client.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM audit_events WHERE action = 'reports.figures.export'",
    );
    await client.end();
    expect(rows[0]!.n).toBeGreaterThanOrEqual(4);
  });
});
