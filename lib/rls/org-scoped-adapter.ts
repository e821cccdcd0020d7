// Row-level security needs every query to run with `tumar.organisation_id` set to the organisation
// of the actor it serves (prisma/migrations/*_row_level_security). This wraps Prisma's PostgreSQL
// driver adapter so that happens below Prisma, whatever the query:
//   - a query outside a transaction carries its organisation in a leading comment
//     (`/* tumar-org:<uuid> */`), written where the scoped client runs it; the pooled connection it
//     lands on holds the organisation as a session setting and changes it (one extra round trip)
//     only when the query asks for another. A query without the comment (the unscoped client) runs
//     with the setting emptied first, so it finds no case data (decision 0035);
//   - an interactive transaction sets the organisation with its BEGIN (`set_config(…, true)`: for
//     the transaction only, the session's value returns at its end), or, when it was begun outside
//     an organisation's context, before its first statement.
// Which organisation comes from an AsyncLocalStorage that the scoped client (lib/db.ts) enters
// around each operation. The session setting is decided from the query's own text, never from the
// async context of the pooled connection's callback: pg-pool hands a waiting query its connection
// from inside another query's release, whose context is another request's.
import { AsyncLocalStorage } from "node:async_hooks";
import type pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type {
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from "@prisma/driver-adapter-utils";

export interface OrgContext {
  organisationId: string;
}

// One instance per process: Next.js bundles server code more than once (pages, route handlers,
// actions), and the Prisma client made by one bundle is shared through globalThis (lib/db.ts).
// Two copies of this store would let one bundle set an organisation the other's adapter never sees.
const globalForContext = globalThis as unknown as { tumarOrgContext?: AsyncLocalStorage<OrgContext> };
export const orgContext: AsyncLocalStorage<OrgContext> = (globalForContext.tumarOrgContext ??=
  new AsyncLocalStorage<OrgContext>());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** SQL that sets the organisation for the rest of the current transaction. */
function setOrganisationSql(organisationId: string): string {
  // The id is checked to be a UUID and inlined, so the statement needs no parameters.
  if (!UUID.test(organisationId)) throw new Error("Organisation scope is not a UUID");
  return `SELECT set_config('tumar.organisation_id', '${organisationId}', true)`;
}

function setOrganisationStatement(organisationId: string): SqlQuery {
  return { sql: setOrganisationSql(organisationId), args: [], argTypes: [] };
}

const MARK = /^\/\* tumar-org:([0-9a-f-]{36}) \*\/ /i;

/** The query, marked with the organisation it must run for (read back by scopeSession below). */
function marked(query: SqlQuery, organisationId: string): SqlQuery {
  if (!UUID.test(organisationId)) throw new Error("Organisation scope is not a UUID");
  return { ...query, sql: `/* tumar-org:${organisationId} */ ${query.sql}` };
}

const STARTS_TRANSACTION = /^\s*BEGIN\b/i;
const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\b/i;

type Query = (...args: unknown[]) => unknown;

/** Runs `first`, then the query, in order, in whichever style (callback or promise) it was called. */
function after(query: Query, first: string, done: () => void, config: unknown, rest: unknown[]): unknown {
  const callback = rest[rest.length - 1];
  if (typeof callback === "function") {
    query(first, (error: Error | null) => {
      if (error) return (callback as (error: Error) => void)(error);
      done();
      query(config, ...rest);
    });
    return undefined;
  }
  return (query(first) as Promise<unknown>).then(() => {
    done();
    return query(config, ...rest);
  });
}

const SETS_ORGANISATION = /set_config\('tumar\.organisation_id'/;
const SETS_TRANSACTION = /^\s*SET\s+TRANSACTION\b/i;

/**
 * Wraps one pooled connection's query() (node-postgres has no hook before a query), once, when it
 * connects:
 *   - outside a transaction, a query runs with the session's organisation set to the one its
 *     comment names, or emptied when it names none (set first when it differs from the last);
 *   - a BEGIN sent in an organisation's context carries the transaction's own setting along
 *     (`BEGIN; SELECT set_config(…, true)`: one simple-protocol message); a transaction begun
 *     outside one (unscoped, or begun plainly to set its isolation level first) has the setting
 *     emptied for itself before its first statement, unless it sets the organisation itself,
 *     so the session's organisation never leaks into it.
 */
function scopeSession(client: pg.PoolClient) {
  const query = client.query.bind(client) as Query;
  const session = { organisation: "", inTransaction: false, transactionScoped: false };
  (client as unknown as { query: Query }).query = (config: unknown, ...rest: unknown[]) => {
    const text =
      typeof config === "string"
        ? config
        : typeof config === "object" && config !== null
          ? (config as { text?: unknown }).text
          : undefined;
    if (typeof text !== "string") return query(config, ...rest);
    if (STARTS_TRANSACTION.test(text)) {
      session.inTransaction = true;
      const context = orgContext.getStore();
      if (context && text === "BEGIN" && typeof config === "object") {
        session.transactionScoped = true;
        return query({ ...(config as object), text: `BEGIN; ${setOrganisationSql(context.organisationId)}` }, ...rest);
      }
      session.transactionScoped = session.organisation === "";
      return query(config, ...rest);
    }
    if (ENDS_TRANSACTION.test(text)) {
      session.inTransaction = false;
      return query(config, ...rest);
    }
    if (session.inTransaction) {
      if (SETS_ORGANISATION.test(text)) session.transactionScoped = true;
      if (session.transactionScoped || SETS_TRANSACTION.test(text)) return query(config, ...rest);
      const empty = "SELECT set_config('tumar.organisation_id', '', true)";
      return after(query, empty, () => (session.transactionScoped = true), config, rest);
    }
    const wanted = MARK.exec(text)?.[1] ?? "";
    if (wanted === session.organisation) return query(config, ...rest);
    if (wanted && !UUID.test(wanted)) throw new Error("Organisation scope is not a UUID");
    // A session setting (not the transaction's): it stays with the connection, and the next query
    // that names another organisation, or none, changes it first.
    const set = `SELECT set_config('tumar.organisation_id', '${wanted}', false)`;
    return after(query, set, () => (session.organisation = wanted), config, rest);
  };
}

/** A transaction that sets the organisation of the context it first runs a statement in. */
class OrgScopedTransaction implements Transaction {
  /** `scopedTo`: the organisation its BEGIN already set, if any. */
  constructor(
    private readonly inner: Transaction,
    private scopedTo: string | null,
  ) {}

  get provider() {
    return this.inner.provider;
  }
  get adapterName() {
    return this.inner.adapterName;
  }
  get options() {
    return this.inner.options;
  }

  async applyContext(context: OrgContext | undefined) {
    if (!context) return;
    if (this.scopedTo === null) {
      await this.inner.executeRaw(setOrganisationStatement(context.organisationId));
      this.scopedTo = context.organisationId;
    } else if (this.scopedTo !== context.organisationId) {
      // One transaction, two organisations: a programming error that must not read across.
      throw new Error("A transaction was used for two organisations");
    }
  }

  private async before(query: SqlQuery) {
    if (!ENDS_TRANSACTION.test(query.sql)) await this.applyContext(orgContext.getStore());
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    await this.before(query);
    return this.inner.queryRaw(query);
  }
  async executeRaw(query: SqlQuery): Promise<number> {
    await this.before(query);
    return this.inner.executeRaw(query);
  }
  commit() {
    return this.inner.commit();
  }
  rollback() {
    return this.inner.rollback();
  }
  createSavepoint(name: string) {
    return this.inner.createSavepoint?.(name) ?? Promise.resolve();
  }
  rollbackToSavepoint(name: string) {
    return this.inner.rollbackToSavepoint?.(name) ?? Promise.resolve();
  }
  releaseSavepoint(name: string) {
    return this.inner.releaseSavepoint?.(name) ?? Promise.resolve();
  }
}

class OrgScopedAdapter implements SqlDriverAdapter {
  constructor(private readonly inner: SqlDriverAdapter) {}

  get provider() {
    return this.inner.provider;
  }
  get adapterName() {
    return this.inner.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    const context = orgContext.getStore();
    return this.inner.queryRaw(context ? marked(query, context.organisationId) : query);
  }
  executeRaw(query: SqlQuery): Promise<number> {
    const context = orgContext.getStore();
    return this.inner.executeRaw(context ? marked(query, context.organisationId) : query);
  }
  executeScript(script: string) {
    return this.inner.executeScript(script);
  }
  async startTransaction(isolationLevel?: Parameters<SqlDriverAdapter["startTransaction"]>[0]): Promise<Transaction> {
    const context = orgContext.getStore();
    if (isolationLevel) {
      // SET TRANSACTION must come first after BEGIN: begin plainly, then set the organisation.
      const tx = new OrgScopedTransaction(
        await orgContext.exit(() => this.inner.startTransaction(isolationLevel)),
        null,
      );
      await tx.applyContext(context);
      return tx;
    }
    return new OrgScopedTransaction(await this.inner.startTransaction(), context?.organisationId ?? null);
  }
  getConnectionInfo() {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }
  dispose() {
    return this.inner.dispose();
  }
}

/** Prisma's PostgreSQL adapter over `pool`, with every statement scoped as described above. */
export function orgScopedAdapter(pool: pg.Pool): SqlDriverAdapterFactory {
  pool.on("connect", scopeSession);
  // Ending the client ($disconnect) ends the pool too, so operator commands exit when done.
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => new OrgScopedAdapter(await factory.connect()),
  };
}
