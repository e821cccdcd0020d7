// The operator commands (audit:verify, keys:rotate, db:backup, db:restore) work on the database as
// the tables' owner: MAINTENANCE_DATABASE_URL, else DATABASE_URL. Without either they stop with
// exit code 2 and say so. A role under row-level security would see no case data and report a
// clean result over nothing, so they refuse one.
import pg from "pg";

/** The owner's URL, or exit 2 naming what to set. */
export function ownerUrlFromEnv(purpose: string): string {
  const url = process.env.MAINTENANCE_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    console.error(`Set MAINTENANCE_DATABASE_URL (the tables' owner) to the database ${purpose}.`);
    process.exit(2);
  }
  return url;
}

/** Throws unless the connected role sees every row (superuser, BYPASSRLS or the tables' owner). */
export async function assertSeesAllRows(client: pg.Pool | pg.Client) {
  const { rows } = await client.query(
    `SELECT r.rolsuper OR r.rolbypassrls OR EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = current_user) AS sees_all
     FROM pg_roles r WHERE r.rolname = current_user`,
  );
  if (!rows[0]?.sees_all)
    throw new Error(
      "This role is under row-level security and would see no case data: use the tables' owner (MAINTENANCE_DATABASE_URL)",
    );
}

export async function withDatabaseFromEnv<T>(purpose: string, run: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = new pg.Pool({ connectionString: ownerUrlFromEnv(purpose), max: 2 });
  try {
    await assertSeesAllRows(pool);
    return await run(pool);
  } finally {
    await pool.end();
  }
}
