// The database floor: a page's exact SQL (recorded from the app by record-sql.mjs) replayed through
// plain `pg` on one connection as the app's role, statement after statement as the page sent them
// (its transactions and organisation settings included). What is left between this and the page is
// Node.js, Next.js, React and the app's own code. Also: EXPLAIN ANALYZE of a page's slowest query.
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { percentile } from "./load";

export interface Statement {
  text: string;
  values: unknown[];
  rowMode?: string;
}

export function readRecorded(file: string): Statement[] {
  if (!fs.existsSync(file)) return [];
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Statement);
}

export interface FloorResult {
  statements: number;
  p50: number;
  p95: number;
  p99: number;
  /** The statement that took longest (median over the runs), for EXPLAIN. */
  slowest: { statement: Statement; ms: number } | null;
}

const isWrite = (text: string) => /^\s*(INSERT|UPDATE|DELETE)\b/i.test(text) || /\bINSERT INTO\b/i.test(text);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids the request made for new rows: UUIDs first seen as parameters of an INSERT (ids of what
 * already existed, the user's or the organisation's, appear in the reads before it).
 */
function newIds(statements: Statement[]): Set<string> {
  const seen = new Set<string>();
  const made = new Set<string>();
  for (const s of statements) {
    for (const v of s.values) {
      if (typeof v !== "string" || !UUID.test(v)) continue;
      if (isWrite(s.text) && !seen.has(v)) made.add(v);
      seen.add(v);
    }
  }
  return made;
}

/**
 * Replays `statements` `runs` times. A request that writes (the intake POST) is replayed inside a
 * transaction rolled back at the end of each run, with fresh ids for the rows it creates, so the
 * floor adds nothing and hits no unique key.
 */
export async function replay(url: string, statements: Statement[], runs: number): Promise<FloorResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const writes = statements.some((s) => isWrite(s.text));
  const made = newIds(statements);
  const totals: number[] = [];
  const perStatement = statements.map(() => [] as number[]);
  try {
    for (let run = 0; run < runs; run++) {
      if (writes) await client.query("BEGIN");
      const fresh = new Map([...made].map((id) => [id, crypto.randomUUID()]));
      const started = performance.now();
      for (const [i, s] of statements.entries()) {
        // Inside the outer transaction, the page's own BEGIN/COMMIT become savepoints' no-ops.
        const text = writes ? s.text.replace(/^\s*BEGIN\b[^;]*;?/i, "").replace(/^\s*COMMIT\s*;?\s*$/i, "") : s.text;
        if (!text.trim()) continue;
        const t = performance.now();
        const values = fresh.size ? s.values.map((v) => (typeof v === "string" && fresh.has(v) ? fresh.get(v) : v)) : s.values;
        await client.query({ text, values, ...(s.rowMode === "array" ? { rowMode: "array" as const } : {}) });
        perStatement[i]!.push(performance.now() - t);
      }
      totals.push(performance.now() - started);
      if (writes) await client.query("ROLLBACK");
    }
  } finally {
    await client.end();
  }
  totals.sort((a, b) => a - b);
  const medians = perStatement.map((xs) => percentile([...xs].sort((a, b) => a - b), 50));
  const worst = medians.reduce((best, ms, i) => (Number.isFinite(ms) && ms > (medians[best] ?? -1) ? i : best), 0);
  return {
    statements: statements.length,
    p50: percentile(totals, 50),
    p95: percentile(totals, 95),
    p99: percentile(totals, 99),
    slowest: statements[worst] ? { statement: statements[worst], ms: medians[worst]! } : null,
  };
}

/**
 * EXPLAIN ANALYZE of one recorded read, run as the app's role with the organisation setting the
 * page's transaction had (found in the statements before it), so the plan is the one under
 * row-level security.
 */
export async function explain(url: string, statements: Statement[], target: Statement): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const setting = statements.map((s) => /set_config\('tumar\.organisation_id',\s*('[^']*'|\$\d+)/.exec(s.text) && s).filter(Boolean).at(-1);
    if (setting) await client.query(setting.text.replace(/^\s*BEGIN\b[^;]*;?/i, ""), setting.values);
    const { rows } = await client.query({ text: `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${target.text}`, values: target.values });
    return rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n");
  } finally {
    await client.query("ROLLBACK").catch(() => {});
    await client.end();
  }
}
