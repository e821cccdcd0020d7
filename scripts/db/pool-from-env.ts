// The operator commands (audit:verify, keys:rotate) work on the database DATABASE_URL names.
// Without it they stop with exit code 2 and say so; the pool is always closed afterwards.
import pg from "pg";

export async function withDatabaseFromEnv<T>(purpose: string, run: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(`DATABASE_URL is not set: point it at the database ${purpose}.`);
    process.exit(2);
  }
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  try {
    return await run(pool);
  } finally {
    await pool.end();
  }
}
