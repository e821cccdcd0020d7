// The Prisma client. Only lib/<domain>/data.ts and mutations.ts import this (enforced by eslint).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { tumarPrisma?: PrismaClient };

function createClient() {
  const adapter = new PrismaPg({ connectionString: env().DATABASE_URL, max: 10 });
  return new PrismaClient({ adapter });
}

// One client per process; `next dev` reloads modules, so the client is kept on globalThis.
export const db: PrismaClient = (globalForPrisma.tumarPrisma ??= createClient());

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
