// Shared by `npm run dev` and `npm test`: migrate a database (as its owner), outside production
// seed the demo network when it is empty, and give the app's own role a login: the app then
// connects with the returned URL, subject to row-level security.
import pg from "pg";
import { applyMigrations } from "./db/migrate";
import { enableAppLogin } from "./db/app-role";

export async function prepareDatabase(
  url: string,
  options: { seedDemo: false | "whenEmpty" | "always"; appPassword: string },
): Promise<{ appUrl: string }> {
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`  Applied migrations: ${applied.join(", ")}`);
  const appUrl = await enableAppLogin(url, options.appPassword);
  if (options.seedDemo) await seed(url, options.seedDemo);
  return { appUrl };
}

/** Seeds the demo network as the database's owner (`url`): when the database is empty, or always unless it is there. */
export async function seed(url: string, mode: "whenEmpty" | "always") {
  // Imported late: the Prisma client reads DATABASE_URL through lib/env when first loaded.
  process.env.DATABASE_URL = url;
  const { PrismaClient } = await import("../lib/generated/prisma/client");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { seedDemoNetwork } = await import("../prisma/demo-network");
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    if (await seedDemoNetwork(client, process.env.NODE_ENV, { whenEmpty: mode === "whenEmpty" }))
      console.log("  Seeded the demo network.");
  } finally {
    await client.$disconnect();
    await pool.end().catch(() => {});
  }
}
