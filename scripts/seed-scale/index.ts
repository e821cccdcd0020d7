// `npm run seed:scale`: a synthetic regional network at a regional network's size, for benchmarks
// and for trying the app at scale: organisations in up to eight countries with their staff,
// people, access grants sharing 5 % of them, shelters with a decade of stays, a decade of hotline
// calls, repatriations in every status, situations, and the audit trail of all of it, bulk-loaded
// with COPY. Every count is a parameter:
//   npm run seed:scale -- --organisations 60 --countries 8 --victims 100000 --calls 1000000 --stays 150000 --repatriations 20000 --situations 5000
// Into MAINTENANCE_DATABASE_URL (the tables' owner) when set, otherwise into the development
// database (`npm run dev`'s, started here if needed). Refuses production and a database that
// already holds a scale seed. Reproducible: --seed picks the random sequence.
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { random } from "../../prisma/demo-calls";
import { openDevelopmentDatabase } from "../db/dev-database";
import { createNetwork } from "./network";
import { createCalls } from "./calls";
import { createPeople } from "./people";
import { createGrants } from "./grants";
import { createStays } from "./stays";
import { createRepatriations } from "./repatriations";
import { createSituations } from "./situations";
import { createAuditTrail } from "./audit";

export interface ScaleOptions {
  organisations: number;
  countries: number;
  victims: number;
  calls: number;
  stays: number;
  repatriations: number;
  situations: number;
  years: number;
  seed: number;
  now?: Date;
}

export const FULL_SCALE: ScaleOptions = {
  organisations: 60,
  countries: 8,
  victims: 100_000,
  calls: 1_000_000,
  stays: 150_000,
  repatriations: 20_000,
  situations: 5000,
  years: 10,
  seed: 2026,
};

/** A progress display for one phase of the seed. */
export type Phase = (what: string, total: number) => { update: (done: number) => void; stop: () => void };

const quiet: Phase = () => ({ update: () => {}, stop: () => {} });

/** A progress bar per phase on the terminal (stderr). */
export const bars: Phase = (what, total) => {
  const bar = new cliProgress.SingleBar(
    {
      format: `  {bar} {percentage}% | {value}/{total} ${what} | {duration_formatted}, {eta_formatted} left`,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 5000,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
};

/** Writes the synthetic network with `db` (a Prisma client) and `pool` (COPY), both as the owner. */
export async function seedScale(db: PrismaClient, pool: pg.Pool, options: ScaleOptions, phase: Phase = quiet) {
  if (
    await db.organisation.count({
      where: { code: { startsWith: "Z" }, memberships: { some: { user: { email: { endsWith: ".scale.tumar" } } } } },
    })
  ) {
    throw new Error("This database already holds a scale seed: use a fresh one.");
  }
  const rnd = random(options.seed);
  const now = options.now ?? new Date();
  const batch = 5000;
  const organisations = await createNetwork(db, rnd, options);
  const client = await pool.connect();
  try {
    const people = phase("people", options.victims);
    const seeded = await createPeople(client, rnd, organisations, { ...options, now, batch }, people.update);
    people.stop();
    await createGrants(client, rnd, organisations, seeded, { share: 0.05, now });
    const stays = phase("shelter stays", options.stays);
    await createStays(client, rnd, organisations, seeded, { ...options, now }, stays.update);
    stays.stop();
    const calls = phase("hotline calls", options.calls);
    await createCalls(client, rnd, organisations, { ...options, now, batch }, calls.update);
    calls.stop();
    const repatriations = phase("repatriations", options.repatriations);
    await createRepatriations(
      client,
      rnd,
      organisations,
      seeded,
      { ...options, now, batch: 1000 },
      repatriations.update,
    );
    repatriations.stop();
    const situations = phase("situations", options.situations);
    await createSituations(client, rnd, organisations, { ...options, now, batch }, situations.update);
    situations.stop();
    const audit = phase("organisations' audit trails", organisations.length);
    await createAuditTrail(client, organisations, now, audit.update);
    audit.stop();
  } finally {
    client.release();
  }
  return organisations;
}

async function main() {
  const { values } = parseArgs({
    options: Object.fromEntries(Object.keys(FULL_SCALE).map((key) => [key, { type: "string" as const }])),
  });
  const options = Object.fromEntries(
    Object.entries(FULL_SCALE).map(([key, full]) => [key, values[key] === undefined ? full : Number(values[key])]),
  ) as unknown as ScaleOptions;
  if (process.env.NODE_ENV === "production")
    throw new Error("Refusing to write synthetic data: NODE_ENV is production.");
  const database = process.env.MAINTENANCE_DATABASE_URL
    ? { ownerUrl: process.env.MAINTENANCE_DATABASE_URL, stop: async () => {} }
    : await openDevelopmentDatabase();
  // The seed encrypts with the app's keys: the development keys from .data/, or the environment's.
  process.env.DATABASE_URL ??= database.ownerUrl;
  const pool = new pg.Pool({ connectionString: database.ownerUrl, max: 4 });
  const db = new PrismaClient({ adapter: new PrismaPg(pool) });
  const started = Date.now();
  try {
    console.log(
      `Seeding ${options.organisations} organisations in ${options.countries} countries, ${options.victims} people, ${options.stays} shelter stays, ${options.calls} calls, ${options.repatriations} repatriations, ${options.situations} situations over ${options.years} years …`,
    );
    await seedScale(db, pool, options, bars);
    await db.$executeRawUnsafe("ANALYZE");
    console.log(
      `Done in ${((Date.now() - started) / 1000).toFixed(0)} s. Accounts: <role><n>@<code>.scale.tumar (e.g. coordinator1@zaaa.scale.tumar), the demo password.`,
    );
  } finally {
    await db.$disconnect();
    await pool.end();
    await database.stop();
  }
}

if (import.meta.filename === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
