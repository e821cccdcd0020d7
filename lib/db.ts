// The Prisma clients. Pages and components never import this (eslint); domains read and write through it.
//
// `dbFor(scope)` is the one to read and write case data with: its queries run with the scope's
// organisation set for row-level security (lib/rls). `db` runs without one: it serves what
// exists before or beside an organisation (sign-in, sessions, users, organisations) and finds no
// case data at all. Both connect as DATABASE_URL's role, which in production must not own the
// tables or bypass row-level security (the health check says so: isDatabaseRoleRestricted in lib/health/data.ts).
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import type { Scope } from "@/lib/roles/scope";
import { orgContext, orgScopedAdapter, type OrgContext } from "@/lib/rls/org-scoped-adapter";
import { ReplicaPool } from "@/lib/read-replica";

const globalForPrisma = globalThis as unknown as {
  tumarPool?: pg.Pool;
  tumarPrisma?: PrismaClient;
  tumarReadPrisma?: PrismaClient | null;
  tumarScoped?: Map<string, PrismaClient>;
  tumarReadScoped?: Map<string, PrismaClient>;
};

const POOL_SIZE = 10;

// One pool and client per process; `next dev` reloads modules, so they are kept on globalThis.
const primaryPool = (globalForPrisma.tumarPool ??= new pg.Pool({
  connectionString: env().DATABASE_URL,
  max: POOL_SIZE,
}));

export const db: PrismaClient = (globalForPrisma.tumarPrisma ??= new PrismaClient({
  adapter: orgScopedAdapter(primaryPool),
}));

/**
 * The client of READ_DATABASE_URL's replica (falling back to the primary's pool when it is down),
 * or null when none is configured.
 */
function createReadClient(): PrismaClient | null {
  const url = env().READ_DATABASE_URL;
  if (!url) return null;
  const pool = new ReplicaPool({ connectionString: url, max: POOL_SIZE }, primaryPool);
  return new PrismaClient({ adapter: orgScopedAdapter(pool) });
}
const readDb =
  globalForPrisma.tumarReadPrisma === undefined
    ? (globalForPrisma.tumarReadPrisma = createReadClient())
    : globalForPrisma.tumarReadPrisma;

const scopedClients = (globalForPrisma.tumarScoped ??= new Map());
const readScopedClients = (globalForPrisma.tumarReadScoped ??= new Map());

/**
 * Models whose tables are not under row-level security: their statements need no organisation and
 * skip the transaction that would carry it. Fails closed: a table that gains policies but stays in
 * this list finds nothing (lib/rls/rls.int.test.ts compares the list with the database).
 */
export const UNSCOPED_MODELS: ReadonlySet<string> = new Set([
  "AuditEvent",
  "Country",
  "Organisation",
  "User",
  "Membership",
  "ApiToken",
  "Session",
  "RecoveryCode",
  "RateLimit",
]);

/**
 * The client whose interactive transactions begin in the organisation's context, so that the
 * adapter sends the organisation with the BEGIN (one round trip; lib/rls/org-scoped-adapter.ts)
 * instead of in a statement of its own before the first query. Only the BEGIN: the callback runs
 * outside the context as before, so an unscoped query inside it stays unscoped (the transaction's
 * own queries are scoped by the extension below, operation by operation).
 */
function withScopedBegin(client: PrismaClient, context: OrgContext): PrismaClient {
  const begin = client.$transaction.bind(client) as (...args: unknown[]) => Promise<unknown>;
  const $transaction = (first: unknown, ...rest: unknown[]) =>
    orgContext.run(context, () =>
      begin(
        typeof first === "function"
          ? (tx: unknown) => orgContext.exit(() => (first as (tx: unknown) => unknown)(tx))
          : first,
        ...rest,
      ),
    );
  return new Proxy(client, {
    get: (target, property) =>
      property === "$transaction" ? $transaction : (Reflect.get(target, property, target) as unknown),
  });
}

/** The same client, each operation run with one organisation set (one extension per organisation). */
function clientOf(organisationId: string, base = db, clients: Map<string, PrismaClient> = scopedClients): PrismaClient {
  let client = clients.get(organisationId);
  if (!client) {
    const context = { organisationId };
    // The extension only wraps operations (adds no models, methods or result fields), so the
    // extended client has the base client's shape; the cast keeps one client type everywhere.
    const extended = base.$extends({
      name: "organisation-scope",
      query: {
        $allOperations({ model, args, query }) {
          if (model && UNSCOPED_MODELS.has(model)) return query(args);
          // Awaited inside run(): Prisma's promises are lazy and would otherwise start the query
          // where they are awaited, outside the organisation's context.
          return orgContext.run(context, async () => await query(args));
        },
      },
    }) as unknown as PrismaClient;
    client = withScopedBegin(extended, context);
    clients.set(organisationId, client);
  }
  return client;
}

/**
 * The client for one actor's case data. Network roles act for no organisation: they get the
 * unscoped client and so see no case data.
 */
export function dbFor(scope: Pick<Scope, "organisationId">): PrismaClient {
  return scope.organisationId ? clientOf(scope.organisationId) : db;
}

/**
 * The client for reads that may trail the primary by the replication lag: figures, exports and
 * name search (decision 0037). On READ_DATABASE_URL's replica when one is configured (and up),
 * under the same row-level security; otherwise the same as dbFor. Never write through it: a
 * replica refuses writes, and the audit events these reads cause go through dbFor.
 */
export function readDbFor(scope: Pick<Scope, "organisationId">): PrismaClient {
  if (!readDb) return dbFor(scope);
  return scope.organisationId ? clientOf(scope.organisationId, readDb, readScopedClients) : readDb;
}

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/**
 * Runs a filtered list's reads with bitmap scans off, in one of the organisation's transactions.
 * Under row-level security PostgreSQL ignores column statistics for operators that are not
 * LEAKPROOF (enum equality, array containment), so it guesses a filtered list matches a handful
 * of rows and reads all of the organisation's matching index entries into a bitmap, then sorts
 * them; walking the (organisation, time) index in order and stopping at the page's end is what
 * these lists need (decision 0010).
 */
export async function inIndexOrder<T>(scope: Pick<Scope, "organisationId">, read: (tx: Tx) => Promise<T>): Promise<T> {
  return dbFor(scope).$transaction(async (tx) => {
    await tx.$executeRaw`SET LOCAL enable_bitmapscan = off`;
    return read(tx);
  });
}
