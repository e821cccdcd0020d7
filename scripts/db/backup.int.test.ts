// Backup and restore as an operator would do them after losing a server: the demo network on one
// PostgreSQL, `db:backup`, a new PostgreSQL, `db:restore`, and every row, policy, grant and audit
// link is back. Runs the real commands as child processes. Its own two PostgreSQL 15 servers:
// Debian's pg_dump (15) cannot dump the newer server the other tests use.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { startTemporaryPostgres, type EmbeddedDatabase } from "./embedded-postgres";
import { verifyAuditChains } from "@/lib/audit/verify";

const root = path.resolve(import.meta.dirname, "../..");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "tumar-backup-"));
let source: EmbeddedDatabase;
let target: EmbeddedDatabase;

/** Runs a project script with only the given database variables (not the test run's own). */
function script(file: string, args: string[], env: Record<string, string>): Promise<{ code: number; output: string }> {
  const base = { ...process.env };
  delete base.DATABASE_URL;
  delete base.MAINTENANCE_DATABASE_URL;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, file), ...args], {
      cwd: root,
      env: { ...base, NODE_ENV: "test", ...env },
    });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Every table's row count and a digest of its rows, in a stable order. */
async function fingerprint(url: string) {
  const tables = (
    await query<{ name: string }>(
      url,
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
    )
  ).map((t) => t.name);
  const result: Record<string, string> = {};
  for (const table of tables) {
    const [row] = await query<{ n: number; digest: string | null }>(
      url,
      `SELECT count(*)::int AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${table}" t`,
    );
    result[table] = `${row!.n}:${row!.digest}`;
  }
  return result;
}

beforeAll(async () => {
  [source, target] = await Promise.all([
    startTemporaryPostgres("backup-source", 15),
    startTemporaryPostgres("backup-target", 15),
  ]);
  const migrated = await script("scripts/db/migrate.ts", [], { MAINTENANCE_DATABASE_URL: source.url });
  expect(migrated.code, migrated.output).toBe(0);
  const seeded = await script("prisma/seed.ts", [], { DATABASE_URL: source.url });
  expect(seeded.code, seeded.output).toBe(0);
}, 180_000);

afterAll(async () => {
  await Promise.all([source?.stop(), target?.stop()]);
  fs.rmSync(work, { recursive: true, force: true });
});

describe("db:backup and db:restore", () => {
  it("bring back every row, policy, grant and audit link on a new server", async () => {
    const file = path.join(work, "tumar.dump");
    const backup = await script("scripts/db/backup.ts", ["--out", file], { MAINTENANCE_DATABASE_URL: source.url });
    expect(backup.code, backup.output).toBe(0);
    expect(fs.statSync(file).mode & 0o077).toBe(0); // readable by its owner only
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    const restore = await script("scripts/db/restore.ts", [file], { MAINTENANCE_DATABASE_URL: target.url });
    expect(restore.code, restore.output).toBe(0);

    const before = await fingerprint(source.url);
    expect(Number(before.victims!.split(":")[0])).toBeGreaterThan(0);
    expect(Number(before.hotline_calls!.split(":")[0])).toBeGreaterThan(0);
    expect(Number(before.audit_events!.split(":")[0])).toBeGreaterThan(0);
    expect(await fingerprint(target.url)).toEqual(before);

    const policies = "SELECT tablename, policyname, qual, with_check FROM pg_policies ORDER BY tablename, policyname";
    expect(await query(target.url, policies)).toEqual(await query(source.url, policies));
    expect(
      await query(
        target.url,
        "SELECT has_table_privilege('tumar_app', 'victims', 'SELECT') AS reads, has_table_privilege('tumar_app', 'audit_events', 'UPDATE') AS rewrites",
      ),
    ).toEqual([{ reads: true, rewrites: false }]);
    const pool = new pg.Pool({ connectionString: target.url, max: 2 });
    try {
      const report = await verifyAuditChains(pool);
      expect(report.events).toBeGreaterThan(0);
      expect(report.broken).toEqual([]);
    } finally {
      await pool.end();
    }
  }, 120_000);

  it("refuses to restore over existing data, and changes nothing", async () => {
    const file = path.join(work, "again.dump");
    expect((await script("scripts/db/backup.ts", ["--out", file], { MAINTENANCE_DATABASE_URL: source.url })).code).toBe(
      0,
    );
    const before = await fingerprint(target.url);
    const restore = await script("scripts/db/restore.ts", [file], { MAINTENANCE_DATABASE_URL: target.url });
    expect(restore.code).toBe(1);
    expect(restore.output).toMatch(/not empty/);
    expect(await fingerprint(target.url)).toEqual(before);
  }, 120_000);

  it("refuses to back up as the app's role, which would dump empty tables", async () => {
    const password = crypto.randomBytes(12).toString("hex");
    await query(source.url, `ALTER ROLE tumar_app LOGIN PASSWORD '${password}'`);
    const appUrl = new URL(source.url);
    appUrl.username = "tumar_app";
    appUrl.password = password;
    const file = path.join(work, "as-app.dump");
    const backup = await script("scripts/db/backup.ts", ["--out", file], {
      MAINTENANCE_DATABASE_URL: appUrl.toString(),
    });
    expect(backup.code).toBe(1);
    expect(backup.output).toMatch(/row-level security/);
    expect(fs.existsSync(file)).toBe(false);
  }, 60_000);
});
