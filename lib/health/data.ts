import "server-only";
import { db } from "@/lib/db";

/** True when the database answers a trivial query within two seconds. */
export async function isDatabaseUp(): Promise<boolean> {
  const timeout = new Promise<false>((resolve) => setTimeout(() => resolve(false), 2000));
  const query = db.$queryRaw`SELECT 1`.then(() => true).catch(() => false);
  return Promise.race([query, timeout]);
}

/**
 * Does the app's database role stay under row-level security? A superuser, a role with
 * BYPASSRLS or the tables' owner would see every organisation's data whatever the policies say.
 * Checked once per process (roles do not change under a running app).
 */
let roleCheck: Promise<boolean> | null = null;
export function isDatabaseRoleRestricted(): Promise<boolean> {
  roleCheck ??= db.$queryRaw<{ restricted: boolean }[]>`
    SELECT NOT r.rolsuper AND NOT r.rolbypassrls
      AND NOT EXISTS (SELECT 1 FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner = current_user) AS restricted
    FROM pg_roles r WHERE r.rolname = current_user`
    .then((rows) => rows[0]?.restricted === true)
    .catch((error) => {
      roleCheck = null; // the database was down: ask again next time
      throw error;
    });
  return roleCheck;
}
