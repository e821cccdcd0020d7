// Row-level security needs every query to know the organisation of the actor it serves
// (prisma/migrations/*_row_level_security: the policies ask tumar_org()). This wraps Prisma's
// PostgreSQL driver adapter so that happens below Prisma, whatever the query (decision 0035):
//   - a query outside a transaction carries its organisation in a leading comment
//     (`/* tumar-org:<uuid> */`), which tumar_org() reads from the statement's own text. Nothing
//     is kept on the connection, so a statement needs no set-up round trip and a pooler in
//     transaction mode (PgBouncer) can hand it to any server connection. A query without the
//     comment (the unscoped client) finds no case data;
//   - an interactive transaction sets the organisation with its BEGIN (`set_config(…, true)`: for
//     the transaction only), or, when it was begun outside an organisation's context, before its
//     first statement run in one.
// Which organisation comes from an AsyncLocalStorage that the scoped client (lib/db.ts) enters
// around each operation. Relation reads that no row can match are answered without being sent
// (./no-row-reads.ts).
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
import { readUnlessNoRow } from "./no-row-reads";

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
 * The query, marked with the organisation it must run for: tumar_org() reads the comment from the
 * statement's text (migration organisation_in_each_statement, which expects exactly this form,
 * lower case, at the very start).
 */
function marked(query: SqlQuery, organisationId: string): SqlQuery {
  if (!UUID.test(organisationId)) throw new Error("Organisation scope is not a UUID");
  return { ...query, sql: `/* tumar-org:${organisationId.toLowerCase()} */ ${query.sql}` };
}

const ENDS_TRANSACTION = /^\s*(COMMIT|ROLLBACK)\b/i;

type Query = (...args: unknown[]) => unknown;

/**
 * Wraps one pooled connection's query() (node-postgres has no hook before a query), once, when it
 * connects: a plain BEGIN sent in an organisation's context carries the transaction's setting
 * along (`BEGIN; SELECT set_config(…, true)`: one simple-protocol message, one round trip).
 */
function mergeBegin(client: pg.PoolClient) {
  const query = client.query.bind(client) as Query;
  (client as unknown as { query: Query }).query = (config: unknown, ...rest: unknown[]) => {
    const context = orgContext.getStore();
    if (context && typeof config === "object" && config !== null && (config as { text?: unknown }).text === "BEGIN")
      return query({ ...(config as object), text: `BEGIN; ${setOrganisationSql(context.organisationId)}` }, ...rest);
    return query(config, ...rest);
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
    return readUnlessNoRow(query, async (q) => {
      await this.before(q);
      return this.inner.queryRaw(q);
    });
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
    return readUnlessNoRow(query, (q) => {
      const context = orgContext.getStore();
      return this.inner.queryRaw(context ? marked(q, context.organisationId) : q);
    });
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
  pool.on("connect", mergeBegin);
  // Ending the client ($disconnect) ends the pool too, so operator commands exit when done.
  const factory = new PrismaPg(pool, { disposeExternalPool: true });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => new OrgScopedAdapter(await factory.connect()),
  };
}
