// `npm run db:restore -- <file>`: restores a `db:backup` file into an EMPTY database (create a new
// one; this never overwrites data), as the owner (MAINTENANCE_DATABASE_URL), in one transaction:
// it either restores everything or nothing. The app's role is created (without a login) first, so
// the dump's grants to it apply; give it its login afterwards (docs/operations.md).
import fs from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { checkToolVersion, connectionEnv, run, tool } from "./pg-tools";
import { ownerUrlFromEnv } from "./pool-from-env";
import { APP_ROLE } from "./app-role";

async function main() {
  const { positionals } = parseArgs({ allowPositionals: true });
  const file = positionals[0];
  if (!file || !fs.existsSync(file)) {
    console.error("Usage: npm run db:restore -- <backup file>");
    process.exit(2);
  }
  const url = ownerUrlFromEnv("to restore into");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'S')",
    );
    if (rows[0].n > 0)
      throw new Error(
        `The database ${client.database} is not empty (${rows[0].n} tables): restore into a new, empty database`,
      );
    await checkToolVersion("pg_restore", client);
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN CREATE ROLE ${APP_ROLE} NOLOGIN; END IF;
    END $$`);
  } finally {
    await client.end();
  }
  const started = Date.now();
  console.log(`Restoring ${file} into ${new URL(url).pathname.slice(1)} …`);
  // --no-owner: the restoring owner owns everything (the original owner's name may not exist here).
  const { code, stderr } = await run(
    tool("pg_restore"),
    [
      "--no-owner",
      "--single-transaction",
      "--exit-on-error",
      "--no-password",
      `--dbname=${connectionEnv(url).PGDATABASE}`,
      file,
    ],
    connectionEnv(url),
  );
  if (code !== 0) throw new Error(`pg_restore failed, nothing was restored: ${stderr.trim()}`);
  console.log(
    `Done in ${((Date.now() - started) / 1000).toFixed(1)} s. Check the audit trail with: npm run audit:verify`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
