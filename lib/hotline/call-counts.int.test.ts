// The hotline's call counts (migration hotline_call_counts) against a recount of the calls, after
// random writes of every kind: many-row inserts, voids and their undoing, edits of each counted
// column, calls moved across days and months, deletions, folds at random points, and a change of
// the organisation's time zone. Periods that cut months, span them, or sit inside one.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { db as owner } from "@/tests/support/prisma";
import { createOrganisation, createUser, scopeOf, callInput } from "@/tests/support/factories";
import { env } from "@/lib/env";
import { dbFor } from "@/lib/db";
import { createHotlineCall } from "./mutations";
import { foldCallCounts } from "./call-counts-fold";
import { readCallCounts, readDailyCallCounts, wholeMonths, type CallCountDimension } from "./call-counts";
import { countCalls } from "@/lib/reports/activity-figures";
import { sqlPeriod } from "@/lib/reports/period-sql";
import type { OrgScope } from "@/lib/roles/scope";

const TYPES = ["DATA", "SILENT", "HANG_UP", "TEST"];
const CHANNELS = ["PHONE", "SMS", "TELEGRAM", "WALK_IN"];
const TOPICS = ["JOB_OFFER_CHECK", "WAGE_THEFT", "LABOUR_EXPLOITATION", "MISSING_PERSON", "HEALTH"];
const URGENCIES = ["CRITICAL", "URGENT", "NON_CRITICAL", null];
const REGIONS = ["UZ-TO", "UZ-SA", null];
const COUNTRIES = ["UZ", "RU", null];

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
  return { next, pick };
}

async function withOwner<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.MAINTENANCE_DATABASE_URL! });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const asMap = (rows: { dimension?: string; tbl?: string; key: string | null; n: number | bigint | null }[]) =>
  Object.fromEntries(
    rows
      .filter((row) => Number(row.n) !== 0)
      .map((row) => [`${row.dimension ?? row.tbl}:${row.key ?? ""}`, Number(row.n)])
      .sort(([a], [b]) => (a! < b! ? -1 : 1)),
  );

const FIGURE_DIMENSIONS: CallCountDimension[] = ["calls", "callType", "topic", "channel", "callerRegion"];

describe("hotline call counts", () => {
  it("finds the whole months of a period", () => {
    expect(wholeMonths("2026-02-01", "2026-02-28")).toEqual({ start: "2026-02-01", end: "2026-03-01" });
    expect(wholeMonths("2026-02-02", "2026-02-28")).toBeNull();
    expect(wholeMonths("2026-01-15", "2026-04-10")).toEqual({ start: "2026-02-01", end: "2026-04-01" });
    expect(wholeMonths("2026-01-31", "2026-02-01")).toBeNull();
    expect(wholeMonths("2025-12-01", "2026-12-31")).toEqual({ start: "2025-12-01", end: "2027-01-01" });
  });

  it("equal a recount of the calls after random writes, folded or not, in every kind of period", async () => {
    const org = await createOrganisation("counts");
    const operator = await createUser({ organisationId: org.id, role: "HOTLINE_OPERATOR" });
    const scope = scopeOf(operator, "HOTLINE_OPERATOR", org.id) as OrgScope;
    // One real call through the app; the rest are copies of it written behind the app's back.
    const base = await createHotlineCall(scope, callInput(), { source: "intake", defaultCountry: "UZ" });
    const rng = random(22);
    // Instants around local midnights (Tashkent is UTC+5) from late January to early April.
    const instant = () => {
      const day = Math.floor(rng.next() * 70);
      const minutes = rng.pick([0, 1, 18 * 60 + 59, 19 * 60, 19 * 60 + 1, 12 * 60, 23 * 60 + 59]);
      return new Date(Date.UTC(2026, 0, 25 + day) + minutes * 60_000).toISOString().replace("Z", "");
    };
    const topics = () => TOPICS.filter(() => rng.next() < 0.3);
    const fields = () => ({
      id: crypto.randomUUID(),
      received_at: instant(),
      call_type: rng.pick(TYPES),
      channel: rng.pick(CHANNELS),
      topics: topics(),
      urgency: rng.pick(URGENCIES),
      caller_region: rng.pick(REGIONS),
      caller_country: rng.pick(COUNTRIES),
      voided_at: rng.next() < 0.1 ? instant() : null,
    });

    const insert = (client: pg.Client, count: number) =>
      client.query(
        `INSERT INTO hotline_calls
         SELECT (jsonb_populate_record(c, f)).* FROM hotline_calls c, jsonb_array_elements($2::jsonb) AS f
          WHERE c.id = $1`,
        [base.id, JSON.stringify(Array.from({ length: count }, fields))],
      );
    const ids = async (client: pg.Client) =>
      (
        await client.query<{ id: string }>("SELECT id FROM hotline_calls WHERE organisation_id = $1", [org.id])
      ).rows.map((r) => r.id);
    const some = (all: string[], share: number) => all.filter(() => rng.next() < share);

    await withOwner(async (client) => {
      for (let round = 0; round < 12; round++) {
        await insert(client, 1 + Math.floor(rng.next() * 40));
        const all = await ids(client);
        await client.query("UPDATE hotline_calls SET voided_at = now() WHERE id = ANY($1::uuid[])", [some(all, 0.05)]);
        await client.query("UPDATE hotline_calls SET voided_at = NULL WHERE id = ANY($1::uuid[])", [some(all, 0.05)]);
        await client.query(`UPDATE hotline_calls SET topics = $2::"CallTopic"[] WHERE id = ANY($1::uuid[])`, [
          some(all, 0.1),
          topics(),
        ]);
        await client.query(`UPDATE hotline_calls SET urgency = $2::"Urgency" WHERE id = ANY($1::uuid[])`, [
          some(all, 0.1),
          rng.pick(URGENCIES),
        ]);
        await client.query(
          `UPDATE hotline_calls SET received_at = received_at + interval '1 day' * $2, caller_region = $3,
                  call_type = $4::"CallType", channel = $5::"CallChannel" WHERE id = ANY($1::uuid[])`,
          [some(all, 0.1), Math.floor(rng.next() * 20) - 10, rng.pick(REGIONS), rng.pick(TYPES), rng.pick(CHANNELS)],
        );
        // Not counted: changes nothing.
        await client.query(
          "UPDATE hotline_calls SET callback_consent = NOT callback_consent WHERE id = ANY($1::uuid[])",
          [some(all, 0.2)],
        );
        await client.query("DELETE FROM hotline_calls WHERE id = ANY($1::uuid[]) AND id <> $2", [
          some(all, 0.03),
          base.id,
        ]);
        if (rng.next() < 0.5) await foldCallCounts(client);
      }
    });

    const db = dbFor(scope);
    const check = async () => {
      const periods = [
        ["2026-01-20", "2026-04-10"],
        ["2026-02-01", "2026-02-28"],
        ["2026-02-10", "2026-03-31"],
        ["2026-01-31", "2026-02-01"],
        ["2026-03-01", "2026-04-05"],
        ["2026-02-14", "2026-02-14"],
      ] as const;
      for (const [from, to] of periods) {
        const counted = await readCallCounts(db, org.id, from, to, FIGURE_DIMENSIONS);
        const recounted = await countCalls(db, org.id, sqlPeriod({ from, to }, "Asia/Tashkent"), {});
        expect(asMap(counted), `${from}..${to}`).toEqual(asMap(recounted));
      }
      const daily = await readDailyCallCounts(db, org.id, "2026-01-20", "2026-04-10", ["urgency"]);
      // A period's topics added up from its days equal the period's own counts (a month's chart does so).
      const dailyTopics = new Map<string, number>();
      for (const row of await readDailyCallCounts(db, org.id, "2026-02-01", "2026-02-28", ["topic"]))
        dailyTopics.set(row.key ?? "", (dailyTopics.get(row.key ?? "") ?? 0) + row.n);
      expect(Object.fromEntries([...dailyTopics].filter(([, n]) => n !== 0))).toEqual(
        Object.fromEntries(
          (await readCallCounts(db, org.id, "2026-02-01", "2026-02-28", ["topic"])).map((r) => [r.key ?? "", r.n]),
        ),
      );
      const recountedDaily = await db.$queryRaw<{ day: string; key: string | null; n: bigint }[]>`
        SELECT to_char((received_at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Tashkent', 'YYYY-MM-DD') AS day,
               urgency::text AS key, count(*) AS n
          FROM hotline_calls WHERE organisation_id = ${org.id}::uuid AND voided_at IS NULL
           AND ((received_at AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Tashkent')::date BETWEEN '2026-01-20' AND '2026-04-10'
         GROUP BY 1, 2`;
      const byDay = (rows: { day: string; key: string | null; n: number | bigint }[]) =>
        Object.fromEntries(
          rows.map((r) => [`${r.day}:${r.key ?? ""}`, Number(r.n)]).sort(([a], [b]) => (a! < b! ? -1 : 1)),
        );
      expect(byDay(daily)).toEqual(byDay(recountedDaily));
      return sum(await readCallCounts(db, org.id, "2026-01-01", "2026-12-31", ["calls"]));
    };
    const sum = (rows: { n: number }[]) => rows.reduce((total, row) => total + row.n, 0);

    // Some deltas waiting, then all folded: the same figures either way.
    const total = await check();
    expect(total).toBeGreaterThan(50);
    await withOwner((client) => foldCallCounts(client));
    expect(await check()).toBe(total);
    expect(
      await owner.$queryRaw<
        { n: bigint }[]
      >`SELECT count(*) AS n FROM hotline_call_count_deltas WHERE organisation_id = ${org.id}::uuid`,
    ).toEqual([{ n: 0n }]);

    // Another time zone moves the local days: the counts are made again in it.
    await owner.organisation.update({ where: { id: org.id }, data: { timeZone: "Europe/Moscow" } });
    const moscow = await readDailyCallCounts(db, org.id, "2026-01-20", "2026-04-10", ["calls"]);
    const recountedMoscow = await db.$queryRaw<{ day: string; n: bigint }[]>`
      SELECT to_char((received_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Moscow', 'YYYY-MM-DD') AS day, count(*) AS n
        FROM hotline_calls WHERE organisation_id = ${org.id}::uuid AND voided_at IS NULL
         AND ((received_at AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Moscow')::date BETWEEN '2026-01-20' AND '2026-04-10'
       GROUP BY 1`;
    expect(Object.fromEntries(moscow.map((r) => [r.day, r.n]))).toEqual(
      Object.fromEntries(recountedMoscow.map((r) => [r.day, Number(r.n)])),
    );
  });

  it("are read by the organisation itself only, and written by nobody but the database", async () => {
    const org = await createOrganisation("counts-own");
    const other = await createOrganisation("counts-other");
    const operator = await createUser({ organisationId: org.id, role: "HOTLINE_OPERATOR" });
    const scope = scopeOf(operator, "HOTLINE_OPERATOR", org.id) as OrgScope;
    const otherScope = scopeOf(await createUser({ organisationId: other.id, role: "ANALYST" }), "ANALYST", other.id);
    await createHotlineCall(scope, callInput(), { source: "intake", defaultCountry: "UZ" });
    const today = new Date().toISOString().slice(0, 10);
    const year = [`${today.slice(0, 4)}-01-01`, `${today.slice(0, 4)}-12-31`] as const;
    expect(await readCallCounts(dbFor(scope), org.id, ...year, ["calls"])).toEqual([
      { dimension: "calls", key: null, n: 1 },
    ]);
    // Another organisation asking for these counts gets none.
    expect(await readCallCounts(dbFor(otherScope), org.id, ...year, ["calls"])).toEqual([]);
    const app = new pg.Client({ connectionString: env().DATABASE_URL });
    await app.connect();
    try {
      await expect(
        app.query(
          `/* tumar-org:${org.id} */ INSERT INTO hotline_call_count_deltas (organisation_id, day, dimension, key, n) VALUES ($1, now(), 'calls', '', 100)`,
          [org.id],
        ),
      ).rejects.toThrow(/permission denied/);
    } finally {
      await app.end();
    }
  });
});
