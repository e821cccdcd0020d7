// Row-level security needs every query of a request to run with `tumar.organisation_id` set for
// its transaction (prisma/migrations/*_row_level_security). This wraps Prisma's PostgreSQL driver
// adapter so that happens below Prisma, whatever the query:
//   - a query outside a transaction runs in one of its own: BEGIN, set the organisation, the query,
//     COMMIT;
//   - an interactive transaction sets the organisation before its first statement.
// Which organisation comes from an AsyncLocalStorage that the scoped client (lib/db.ts) enters
// around each operation. With no organisation, queries run as they are and the policies show no
// case data: a query that forgot its scope finds nothing.
import { AsyncLocalStorage } from "node:async_hooks";
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
export const orgContext: AsyncLocalStorage<OrgContext> = (globalForContext.tumarOrgContext ??= new AsyncLocalStorage<OrgContext>());

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The statement that sets the organisation for the rest of the current transaction. */
export function setOrganisationStatement(organisationId: string): SqlQuery {
  // The id is checked to be a UUID and inlined, so the statement needs no parameter types.
  if (!UUID.test(organisationId)) throw new Error("Organisation scope is not a UUID");
  return { sql: `SELECT set_config('tumar.organisation_id', '${organisationId}', true)`, args: [], argTypes: [] };
}

const control = (sql: string): SqlQuery => ({ sql, args: [], argTypes: [] });
const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\b/i;

/** A transaction that sets the organisation of the context it first runs a statement in. */
class OrgScopedTransaction implements Transaction {
  private scopedTo: string | null = null;

  constructor(private readonly inner: Transaction) {}

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

  /** Runs one statement in a transaction of its own with the context's organisation set. */
  private async alone<T>(context: OrgContext, run: (tx: Transaction) => Promise<T>): Promise<T> {
    const tx = await this.inner.startTransaction();
    try {
      await tx.executeRaw(setOrganisationStatement(context.organisationId));
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
    return context ? this.alone(context, (tx) => tx.queryRaw(query)) : this.inner.queryRaw(query);
  }
  executeRaw(query: SqlQuery): Promise<number> {
    const context = orgContext.getStore();
    return context ? this.alone(context, (tx) => tx.executeRaw(query)) : this.inner.executeRaw(query);
  }
  executeScript(script: string) {
    return this.inner.executeScript(script);
  }
  async startTransaction(...args: Parameters<SqlDriverAdapter["startTransaction"]>): Promise<Transaction> {
    const tx = new OrgScopedTransaction(await this.inner.startTransaction(...args));
    await tx.applyContext(orgContext.getStore());
    return tx;
  }
  getConnectionInfo() {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }
  dispose() {
    return this.inner.dispose();
  }
}

export function orgScopedAdapter(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => new OrgScopedAdapter(await factory.connect()),
  };
}
