// `npm run bench:rls`: what row-level security costs on the list queries. Starts a throw-away
// PostgreSQL, loads a synthetic network (as the owner), then runs the same Prisma queries two ways,
// interleaved in rounds so that machine noise hits both alike:
//   before: a plain Prisma client as the tables' owner (no policies, no organisation setting);
//   after:  the app's client, dbFor(scope), as tumar_app (policies, one transaction per statement
//           that sets the organisation).
// Prints p50, p95 and mean per query and the overhead; the figures go in docs/performance.md.
//   --orgs 10 --calls 20000 --victims 2000 (per organisation) --iterations 1500
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { startTemporaryPostgres } from "../db/embedded-postgres";
import { prepareDatabase } from "../prepare-database";
import { runBenchmark } from "./run";
import { addCalls, addVictims } from "./synthetic";

const { values: args } = parseArgs({
  options: {
    orgs: { type: "string", default: "10" },
    calls: { type: "string", default: "20000" },
    victims: { type: "string", default: "2000" },
    iterations: { type: "string", default: "1500" },
  },
});
const ORGS = Number(args.orgs);
const CALLS = Number(args.calls);
const VICTIMS = Number(args.victims);
const ITERATIONS = Number(args.iterations);

async function load(owner: pg.Client) {
  await owner.query(
    `
    INSERT INTO organisations (id, name, code, kind, country_code, time_zone, updated_at)
    SELECT gen_random_uuid(), 'Bench ' || i, 'B' || lpad(i::text, 4, '0'), 'NGO', 'UZ', 'Asia/Tashkent', now() FROM generate_series(1, $1) i`,
    [ORGS],
  );
  await owner.query(`
    INSERT INTO users (id, name, email, password_hash, updated_at)
    SELECT gen_random_uuid(), 'Bench user ' || o.code, lower(o.code) || '@bench.tumar', 'x', now() FROM organisations o WHERE o.code LIKE 'B%'`);
  await owner.query(`
    INSERT INTO memberships (id, user_id, organisation_id, role, updated_at)
    SELECT gen_random_uuid(), u.id, o.id, 'COORDINATOR', now() FROM organisations o JOIN users u ON u.email = lower(o.code) || '@bench.tumar'`);
  const { rows: members } = await owner.query<{ userId: string; organisationId: string }>(
    `SELECT m.user_id AS "userId", m.organisation_id AS "organisationId" FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE o.code LIKE 'B%'`,
  );
  for (const m of members) {
    await addCalls(owner, m.organisationId, m.userId, CALLS);
    await addVictims(owner, m.organisationId, m.userId, VICTIMS);
  }
  // Some sharing, so the grant branch of the people policy has rows to look at.
  await owner.query(
    `
    INSERT INTO access_grants (id, record_type, record_id, owner_organisation_id, grantee_organisation_id, scope, reason, granted_by_id, updated_at)
    SELECT gen_random_uuid(), 'VICTIM', v.id, v.organisation_id, o.id, 'MINIMAL', 'bench', v.created_by_id, now()
    FROM (SELECT * FROM victims ORDER BY random() LIMIT $1) v
    JOIN LATERAL (SELECT id FROM organisations WHERE id <> v.organisation_id AND code LIKE 'B%' ORDER BY random() LIMIT 1) o ON true`,
    [Math.ceil((ORGS * VICTIMS) / 20)],
  );
  await owner.query("ANALYZE");
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), mean: samples.reduce((s, x) => s + x, 0) / samples.length };
}

async function main() {
  console.log(`Loading ${ORGS} organisations × (${CALLS} calls, ${VICTIMS} victims) …`);
  const database = await startTemporaryPostgres("bench-rls");
  try {
    const { appUrl } = await prepareDatabase(database.url, {
      seedDemo: false,
      appPassword: crypto.randomBytes(18).toString("base64url"),
    });
    const owner = new pg.Client({ connectionString: database.url });
    await owner.connect();
    const started = Date.now();
    await load(owner);
    const { rows: orgs } = await owner.query<{ id: string }>(
      "SELECT id FROM organisations WHERE code LIKE 'B%' ORDER BY code",
    );
    const { rows: deep } = await owner.query<{ at: Date }>(
      "SELECT received_at AS at FROM hotline_calls WHERE organisation_id = $1 ORDER BY received_at DESC OFFSET $2 LIMIT 1",
      [orgs[0]!.id, Math.floor(CALLS * 0.8)],
    );
    await owner.end();
    console.log(`  loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    // The app's modules read DATABASE_URL when first imported.
    process.env.DATABASE_URL = appUrl;
    const { dbFor } = await import("../../lib/db");
    const { PrismaClient } = await import("../../lib/generated/prisma/client");
    const plain = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 10 }) });

    const select = {
      id: true,
      organisationId: true,
      status: true,
      receivedAt: true,
      callType: true,
      topics: true,
      urgency: true,
      callbackDueAt: true,
      victimId: true,
    } as const;
    type Client = typeof plain;
    const queries: { name: string; run: (client: Client, organisationId: string) => Promise<unknown> }[] = [
      {
        name: "hotline list, first page",
        run: (c, organisationId) =>
          c.hotlineCall.findMany({
            where: { AND: [{ organisationId }] },
            orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
            take: 51,
            select,
          }),
      },
      {
        name: "hotline list, topic filter, deep cursor",
        run: (c, organisationId) =>
          c.hotlineCall.findMany({
            where: {
              AND: [{ organisationId }, { topics: { has: "WAGE_THEFT" } }, { receivedAt: { lt: deep[0]!.at } }],
            },
            orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
            take: 51,
            select,
          }),
      },
      {
        name: "victim list, first page",
        run: (c, organisationId) =>
          c.victim.findMany({
            where: { organisationId },
            orderBy: [{ createdAt: "desc" }, { id: "desc" }],
            take: 51,
            select: { id: true, caseNumber: true, givenName: true, familyName: true, status: true, createdAt: true },
          }),
      },
    ];

    const rounds = 15;
    const perRound = Math.ceil(ITERATIONS / rounds);
    console.log(`\nEach query ${perRound * rounds} times per side, in ${rounds} interleaved rounds (ms):\n`);
    console.log("| query | before p50 | before p95 | after p50 | after p95 | mean overhead |");
    console.log("|---|---|---|---|---|---|");
    for (const query of queries) {
      const before: number[] = [];
      const after: number[] = [];
      for (const client of [plain, dbFor({ organisationId: orgs[0]!.id })])
        for (let i = 0; i < 50; i++) await query.run(client, orgs[i % orgs.length]!.id); // warm-up
      for (let round = 0; round < rounds; round++) {
        for (const [samples, pick] of [
          [before, () => plain],
          [after, (organisationId: string) => dbFor({ organisationId })],
        ] as const) {
          for (let i = 0; i < perRound; i++) {
            const organisationId = orgs[i % orgs.length]!.id;
            const client = pick(organisationId);
            const t = performance.now();
            await query.run(client, organisationId);
            samples.push(performance.now() - t);
          }
        }
      }
      const b = stats(before);
      const a = stats(after);
      const overhead = ((a.mean - b.mean) / b.mean) * 100;
      console.log(
        `| ${query.name} | ${b.p50.toFixed(2)} | ${b.p95.toFixed(2)} | ${a.p50.toFixed(2)} | ${a.p95.toFixed(2)} | ${overhead >= 0 ? "+" : ""}${overhead.toFixed(1)} % |`,
      );
    }
    await plain.$disconnect();
  } finally {
    await database.stop();
  }
}

runBenchmark(main);
