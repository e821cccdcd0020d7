// The app connects as `tumar_app` (created without a login by the row-level-security migration):
// no superuser, owns no table, cannot bypass row-level security. For the embedded and test
// databases this gives it a login and returns its connection URL; in production the operator
// does the same once (docs/operations.md).
import pg from "pg";

export const APP_ROLE = "tumar_app";

export async function enableAppLogin(ownerUrl: string, password: string): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    // ALTER ROLE takes no bind parameters; the password is quoted as a literal by the driver.
    await client.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_ROLE;
  url.password = encodeURIComponent(password);
  return url.toString();
}
