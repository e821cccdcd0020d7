// Row-level security needs every query of a request to run with `tumar.organisation_id` set for
// its transaction (prisma/migrations/*_row_level_security). This wraps Prisma's PostgreSQL driver
// adapter so that happens below Prisma, whatever the query:
//   - a query outside a transaction runs in one of its own: BEGIN and the setting (one round trip),
//     the query, COMMIT;
//   - an interactive transaction sets the organisation with its BEGIN, or, when it was begun
//     outside an organisation's context, before its first statement.
// Which organisation comes from an AsyncLocalStorage that the scoped client (lib/db.ts) enters
// around each operation. With no organisation, queries run as they are and the policies show no
// case data: a query that forgot its scope finds nothing.
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

/**
 * Saves a round trip per transaction: a BEGIN sent in an organisation's context carries the
 * setting along (`BEGIN; SELECT set_config(…)`: one simple-protocol message). node-postgres has
 * no hook before a query, so each pooled connection's query() is wrapped once, when it connects.
 */
function mergeSettingIntoBegin(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (config: unknown, ...rest: unknown[]) => {
    const context = orgContext.getStore();
    if (context && typeof config === "object" && config !== null && (config as { text?: unknown }).text === "BEGIN") {
      return query({ ...(config as object), text: `BEGIN; ${setOrganisationSql(context.organisationId)}` }, ...rest);
    }
    return query(config, ...rest);
  };
}

const control = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });
const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\b/i;

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

  /** Runs one statement in a transaction of its own with the context's organisation set (by its BEGIN). */
  private async alone<T>(run: (tx: Transaction) => Promise<T>): Promise<T> {
    const tx = await this.inner.startTransaction();
    try {
      const result = await run(tx);
      await tx.executeRaw(control("COMMIT"));
      await tx.commit();
      return result;
    } catch (error) {
      await tx.executeRaw(control("ROLLBACK")).catch(() => {});
      await tx.rollback();
      throw error;
    }
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    const context = orgContext.getStore();
    return context ? this.alone((tx) => tx.queryRaw(query)) : this.inner.queryRaw(query);
  }
  executeRaw(query: SqlQuery): Promise<number> {
    const context = orgContext.getStore();
    return context ? this.alone((tx) => tx.executeRaw(query)) : this.inner.executeRaw(query);
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
  pool.on("connect", mergeSettingIntoBegin);
  // Ending the client ($disconnect) ends the pool too, so operator commands exit when done.
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => new OrgScopedAdapter(await factory.connect()),
  };
}
