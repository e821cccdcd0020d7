// The pool of a streaming replica that falls back to the primary's pool when the replica cannot be
// reached (decision 0037). Prisma's adapter takes a pg.Pool and uses connect() (transactions) and
// query() (single statements, through connect()), so overriding connect() moves both: a connection
// the replica refuses or does not answer in time is taken from the primary's pool instead, and the
// replica is left alone for a few seconds before it is tried again. A statement that loses its
// replica connection half-way is run again on the primary (a read: safe to repeat).
//
// Both pools connect as the same role: row-level security is the same on both servers (a physical
// replica has the primary's roles and policies), and the organisation of each connection is kept
// by the same wrapper (lib/rls/org-scoped-adapter.ts), whichever pool the connection came from.
import pg from "pg";
import { logger } from "@/lib/log";

/** How long a replica that failed is skipped before it is tried again. */
const RETRY_AFTER_MS = 5000;
/** How long to wait for the replica to accept a connection before taking the primary's. */
const CONNECT_TIMEOUT_MS = 1000;

type Callback = (error: Error | undefined, client?: pg.PoolClient, release?: (error?: Error) => void) => void;

/** Errors that mean the server or the connection is gone, not that the statement was wrong. */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    // 08: connection exception; 57P01–57P03: shut down, crashed, not accepting connections yet.
    if (code.startsWith("08") || /^57P0[123]$/.test(code)) return true;
    if (/^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND)$/.test(code)) return true;
  }
  return /Connection terminated|timeout exceeded when trying to connect/i.test(error.message);
}

export class ReplicaPool extends pg.Pool {
  private downUntil = 0;

  constructor(
    config: pg.PoolConfig,
    private readonly primary: pg.Pool,
  ) {
    super({ connectionTimeoutMillis: CONNECT_TIMEOUT_MS, ...config });
    // An idle replica connection that drops is discarded by the pool; nothing else to do.
    this.on("error", () => {});
  }

  /** Whether reads go to the replica now (false for a few seconds after it failed). */
  get replicaUp(): boolean {
    return Date.now() >= this.downUntil;
  }

  private markDown(error: unknown) {
    // Logged when it goes down, not for every read while it is (no address: the URL holds a password).
    if (this.replicaUp)
      logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        "read replica unreachable: reading from the primary",
      );
    this.downUntil = Date.now() + RETRY_AFTER_MS;
  }

  private async connectEither(): Promise<pg.PoolClient> {
    if (this.replicaUp) {
      try {
        return await super.connect();
      } catch (error) {
        // Any failure to connect (down, starting, refusing, misconfigured) is the replica's: the
        // primary can answer the same read.
        this.markDown(error);
      }
    }
    return this.primary.connect();
  }

  // pg-pool calls connect() both ways: with a callback (from its own query()) and for a promise.
  connect(): Promise<pg.PoolClient>;
  connect(callback: Callback): void;
  connect(callback?: Callback): Promise<pg.PoolClient> | void {
    const connecting = this.connectEither();
    if (!callback) return connecting;
    connecting.then(
      (client) => callback(undefined, client, (error?: Error) => client.release(error)),
      (error: Error) => callback(error),
    );
  }

  // A single statement whose replica connection broke is repeated once on the primary.
  query(...args: unknown[]): never {
    const callback = typeof args[args.length - 1] === "function" ? (args.pop() as (...a: unknown[]) => void) : null;
    const run = (pool: pg.Pool) => (pool.query as (...a: unknown[]) => Promise<pg.QueryResult>).apply(pool, args);
    const viaReplica = this.replicaUp;
    const result = (super.query as (...a: unknown[]) => Promise<pg.QueryResult>).apply(this, args).catch((error) => {
      if (!viaReplica || !isConnectionError(error)) throw error;
      this.markDown(error);
      return run(this.primary);
    });
    if (!callback) return result as never;
    result.then(
      (value) => callback(undefined, value),
      (error) => callback(error),
    );
    return undefined as never;
  }
}
