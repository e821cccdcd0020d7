// The benchmark's database: an embedded PostgreSQL under .data/bench/<size>/ holding the demo
// network plus a scale seed of that size, made on first use and kept, since a million calls take
// minutes to write. Its keys (secrets.json) live beside it: the app that reads it must decrypt what
// the seed encrypted. A folder without the `seeded` marker (an interrupted seed) is made again.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { startEmbeddedPostgres } from "../db/embedded-postgres";
import { prepareDatabase } from "../prepare-database";
import type { ScaleOptions, Phase } from "../seed-scale/index";

const root = path.resolve(import.meta.dirname, "../..");

export interface ScaledDatabase {
  ownerUrl: string;
  appUrl: string;
  /** AUTH_SECRET, DATA_ENCRYPTION_KEY and DATA_HASH_KEY of this database's data. */
  secrets: Record<string, string>;
  /** Seconds the seed took when it was made (null when it was already there). */
  seededIn: number | null;
  stop: () => Promise<void>;
}

/** Bump when the seed writes different data, so that benchmarks stop reusing databases of the old one. */
const SEED_VERSION = 6;
const sizeLabel = (o: ScaleOptions) =>
  `v${SEED_VERSION}-${o.organisations}o-${o.victims}v-${o.calls}c-${o.stays}s-${o.repatriations}r-${o.situations}st-${o.years}y-${o.seed}`;

export async function openScaledDatabase(
  options: ScaleOptions,
  phase: Phase,
  dataRoot = path.join(root, ".data/bench"),
): Promise<ScaledDatabase> {
  const dir = path.join(dataRoot, sizeLabel(options));
  const marker = path.join(dir, "seeded");
  const fresh = !fs.existsSync(marker);
  if (fresh) fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) fs.chmodSync(dir, 0o777); // the `postgres` user writes here when we are root
  const secretsFile = path.join(dir, "secrets.json");
  if (fresh) {
    const made = {
      AUTH_SECRET: crypto.randomBytes(32).toString("base64url"),
      DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString("base64"),
      DATA_HASH_KEY: crypto.randomBytes(32).toString("base64"),
      appPassword: crypto.randomBytes(18).toString("base64url"),
      ownerPassword: crypto.randomBytes(18).toString("base64url"),
    };
    fs.writeFileSync(secretsFile, JSON.stringify(made, null, 2), { mode: 0o600 });
  }
  const { appPassword, ownerPassword, ...secrets } = JSON.parse(fs.readFileSync(secretsFile, "utf8")) as Record<
    string,
    string
  >;
  // The seed encrypts through lib/env, which reads these from the environment.
  Object.assign(process.env, secrets);
  const database = await startEmbeddedPostgres({
    dir: path.join(dir, "pg"),
    password: ownerPassword!,
    database: "tumar",
    persistent: true,
    // A bigger cache than the package's default (128 MB), as a production server of this machine
    // would have; the rest are PostgreSQL's defaults.
    settings: ["shared_buffers=1GB", "effective_cache_size=4GB", "work_mem=16MB", "max_connections=200"],
  });
  try {
    const { appUrl } = await prepareDatabase(database.url, { seedDemo: "whenEmpty", appPassword: appPassword! });
    let seededIn: number | null = null;
    if (fresh) {
      const started = Date.now();
      const { seedScale } = await import("../seed-scale/index");
      const { PrismaClient } = await import("../../lib/generated/prisma/client");
      const pool = new pg.Pool({ connectionString: database.url, max: 4 });
      const db = new PrismaClient({ adapter: new PrismaPg(pool) });
      try {
        await seedScale(db, pool, options, phase);
        await pool.query("VACUUM ANALYZE");
      } finally {
        await db.$disconnect();
        await pool.end();
      }
      seededIn = (Date.now() - started) / 1000;
      fs.writeFileSync(marker, JSON.stringify({ options, seededIn, at: new Date().toISOString() }));
    }
    return { ownerUrl: database.url, appUrl, secrets, seededIn, stop: database.stop };
  } catch (error) {
    await database.stop();
    throw error;
  }
}
