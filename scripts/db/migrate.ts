// Applies every pending migration in prisma/migrations to DATABASE_URL. Safe to run on every start.
import { withSchemaEngine, readMigrationList } from "./schema-engine";

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
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. (`npm run dev` migrates its embedded database itself.)");
    process.exit(1);
  }
  const applied = await applyMigrations(url);
  console.log(applied.length ? `Applied migrations: ${applied.join(", ")}` : "No pending migrations.");
}

if (import.meta.filename === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
