// `npm run db:seed`: seeds the demo network into DATABASE_URL when it is empty. Refuses in production.
import { db } from "../lib/db";
import { seedDemoNetwork } from "./demo-network";

async function main() {
  if (process.env.NODE_ENV === "production") {
    console.error("Refusing to seed demo data: NODE_ENV is production.");
    process.exit(1);
  }
  const seeded = await seedDemoNetwork(db, process.env.NODE_ENV);
  console.log(seeded ? "Demo network seeded." : "The database already has organisations: nothing seeded.");
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
