// Applies every pending migration in prisma/migrations. Safe to run on every start. Migrations
// run as the tables' owner: MAINTENANCE_DATABASE_URL, or DATABASE_URL where there is no separate
// maintenance role (a database the app does not yet use). With MAINTENANCE_DATABASE_URL and a
// DATABASE_URL for the `tumar_app` role, it also gives that role its login (the password in
// DATABASE_URL), so a container can start from two URLs alone.
import { withSchemaEngine, readMigrationList } from "./schema-engine";
import { APP_ROLE, enableAppLogin } from "./app-role";

export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  return withSchemaEngine(databaseUrl, async (engine) => {
    const result = await engine.applyMigrations({
      migrationsList: readMigrationList(),
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.appliedMigrationNames;
  });
}

async function main() {
  const url = process.env.MAINTENANCE_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "MAINTENANCE_DATABASE_URL (or DATABASE_URL) is not set. (`npm run dev` migrates its embedded database itself.)",
    );
    process.exit(1);
  }
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "No pending migrations.");
  const app =
    process.env.MAINTENANCE_DATABASE_URL && process.env.DATABASE_URL ? new URL(process.env.DATABASE_URL) : null;
  if (app?.username === APP_ROLE && app.password) {
    await enableAppLogin(url, decodeURIComponent(app.password));
    console.log(`The app's role ${APP_ROLE} can sign in.`);
  }
}

if (import.meta.filename === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
