// Shared by `npm run dev` and `npm test`: migrate a database and, outside production, seed the
// demo network when it is empty.
import pg from "pg";
import { applyMigrations } from "./db/migrate";

export async function prepareDatabase(url: string, options: { seedDemo: false | "whenEmpty" | "always" }) {
  const applied = await applyMigrations(url);
  if (applied.length) console.log(`  Applied migrations: ${applied.join(", ")}`);
  if (!options.seedDemo) return;
  // Imported late: the Prisma client reads DATABASE_URL through lib/env when first loaded.
  process.env.DATABASE_URL = url;
  const { PrismaClient } = await import("../lib/generated/prisma/client");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { seedDemoNetwork } = await import("../prisma/demo-network");
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const client = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    if (await seedDemoNetwork(client, process.env.NODE_ENV, { whenEmpty: options.seedDemo === "whenEmpty" })) console.log("  Seeded the demo network.");
  } finally {
    await client.$disconnect();
    await pool.end().catch(() => {});
  }
}
