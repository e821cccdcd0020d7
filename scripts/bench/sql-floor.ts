// The database floor: a page's exact SQL (recorded from the app by record-sql.mjs) replayed through
// plain `pg` as the app's role, each connection's statements in the order the page sent them (its
// transactions and organisation settings included), the connections at once. What is left between this and the page is
// Node.js, Next.js, React and the app's own code. Also: EXPLAIN ANALYZE of a page's slowest query.
import crypto from "node:crypto";
import fs from "node:fs";
import pg from "pg";
import { percentile } from "./load";

export interface Statement {
  /** Which of the app's connections sent it (statements of one connection keep their order). */
  connection: number;
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
  /** Connections the request used at once (each replayed on its own). */
  connections: number;
  p50: number;
  p95: number;
  p99: number;
  /** Each statement's median time, in the recorded order (for reading where the time goes). */
  medians: number[];
  /** The statement that took longest (median over the runs), for EXPLAIN. */
  slowest: { statement: Statement; ms: number } | null;
}

const isWrite = (text: string) => /^\s*(INSERT|UPDATE|DELETE)\b/i.test(text);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids the request made for new rows: UUIDs first seen as parameters of an INSERT (ids of what
 * already existed, the user's or the organisation's, appear in the reads before it).
 */
function newIds(statements: Statement[]): Set<string> {
  const seen = new Set<string>();
  const made = new Set<string>();
  for (const s of statements) {
    // Ids written into the text (the organisation's, in its comment or set_config) existed before.
    for (const id of s.text.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi) ?? []) seen.add(id);
    for (const v of s.values) {
      if (typeof v !== "string" || !UUID.test(v)) continue;
      if (isWrite(s.text) && !seen.has(v)) made.add(v);
      seen.add(v);
    }
  }
  return made;
}

/**
 * Replays a request's statements `runs` times: each of its connections' statements in their
 * order on a connection of their own, the connections at once (as the page ran them). Rows the
 * request created get fresh ids in each run, so unique keys hold; what it wrote stays written,
 * like the requests of the load itself.
 */
export async function replay(url: string, statements: Statement[], runs: number): Promise<FloorResult> {
  const byConnection = new Map<number, (Statement & { index: number })[]>();
  statements.forEach((s, index) =>
    byConnection.set(s.connection, [...(byConnection.get(s.connection) ?? []), { ...s, index }]),
  );
  const groups = [...byConnection.values()];
  const clients = await Promise.all(
    groups.map(async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  const made = newIds(statements);
  const totals: number[] = [];
  const perStatement = statements.map(() => [] as number[]);
  try {
    for (let run = 0; run < runs; run++) {
      const fresh = new Map([...made].map((id) => [id, crypto.randomUUID()]));
      const started = performance.now();
      await Promise.all(
        groups.map(async (group, g) => {
          for (const s of group) {
            const values = fresh.size
              ? s.values.map((v) => (typeof v === "string" && fresh.has(v) ? fresh.get(v) : v))
              : s.values;
            const t = performance.now();
            await clients[g]!.query({
              text: s.text,
              values,
              ...(s.rowMode === "array" ? { rowMode: "array" as const } : {}),
            });
            perStatement[s.index]!.push(performance.now() - t);
          }
        }),
      );
      totals.push(performance.now() - started);
    }
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
  totals.sort((a, b) => a - b);
  const medians = perStatement.map((xs) =>
    percentile(
      [...xs].sort((a, b) => a - b),
      50,
    ),
  );
  // The slowest read is explained afterwards: only a SELECT (or WITH) can be. On a loaded machine a
  // COMMIT was once the slowest statement, and EXPLAIN COMMIT failed the whole run.
  const explainable = (i: number) => /^\s*(\/\*[\s\S]*?\*\/\s*)*(SELECT|WITH)\b/i.test(statements[i]?.text ?? "");
  const worst = medians.reduce(
    (best, ms, i) =>
      explainable(i) && Number.isFinite(ms) && (!explainable(best) || ms > (medians[best] ?? -1)) ? i : best,
    0,
  );
  return {
    statements: statements.length,
    connections: groups.length,
    p50: percentile(totals, 50),
    p95: percentile(totals, 95),
    p99: percentile(totals, 99),
    medians,
    slowest: statements[worst] && explainable(worst) ? { statement: statements[worst], ms: medians[worst]! } : null,
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
    const before = statements.slice(0, statements.indexOf(target)).filter((s) => s.connection === target.connection);
    const setting = before.filter((s) => s.text.includes("set_config('tumar.organisation_id'")).at(-1);
    if (setting) await client.query(setting.text.replace(/^\s*BEGIN\b[^;]*;?/i, ""), setting.values);
    const { rows } = await client.query({
      text: `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${target.text}`,
      values: target.values,
    });
    return rows.map((r: Record<string, string>) => r["QUERY PLAN"]).join("\n");
  } finally {
    await client.query("ROLLBACK").catch(() => {});
    await client.end();
  }
}
