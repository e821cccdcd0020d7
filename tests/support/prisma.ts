// The database as its owner, for test set-up and for checks behind the app's back (row-level
// security does not apply to the owner). What is under test reads through lib/, as the app's
// role (DATABASE_URL), with row-level security.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

const url = process.env.MAINTENANCE_DATABASE_URL;
if (!url)
  throw new Error(
    "MAINTENANCE_DATABASE_URL is not set (the integration project's globalSetup, tests/setup/database.ts, sets it)",
  );
/** For raw SQL as the owner: what a database dump would hold. */
export const ownerUrl: string = url;

const globalForOwner = globalThis as unknown as { tumarOwnerPrisma?: PrismaClient };

export const db: PrismaClient = (globalForOwner.tumarOwnerPrisma ??= new PrismaClient({
  adapter: new PrismaPg({ connectionString: url, max: 4 }),
}));
export const prisma = db;
