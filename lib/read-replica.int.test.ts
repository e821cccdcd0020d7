// The replica pool's fallback on real PostgreSQL: a replica that cannot be reached costs one failed
// connection attempt, after which reads go to the primary (the primary's pool, the same role and
// rules) until it is tried again. The real streaming replica is in tests/system/replica.test.ts.
import net from "node:net";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { isConnectionError, ReplicaPool } from "./read-replica";

const pools: pg.Pool[] = [];
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end().catch(() => {})));
});

/** An address where nothing listens: a port taken from the system, then closed again. */
async function deadAddress(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  const url = new URL(env().DATABASE_URL);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  return url.toString();
}

describe("replica pool", () => {
  it("reads from the primary when the replica cannot be reached, for single statements and transactions alike", async () => {
    const primary = new pg.Pool({ connectionString: env().DATABASE_URL, max: 2 });
    const replica = new ReplicaPool({ connectionString: await deadAddress(), max: 2 }, primary);
    pools.push(primary, replica);
    // As Prisma's adapter sees it: a pg.Pool.
    const asPool: pg.Pool = replica;
    const { rows } = await asPool.query<{ recovering: boolean }>("SELECT pg_is_in_recovery() AS recovering");
    expect(rows).toEqual([{ recovering: false }]);
    expect(replica.replicaUp).toBe(false);
    // The callback form pg-pool itself uses, and a connection for a transaction.
    const viaCallback = await new Promise<number>((resolve, reject) =>
      asPool.query("SELECT 1 AS one", (error: Error | undefined, result?: pg.QueryResult) =>
        error ? reject(error) : resolve(result!.rows[0].one as number),
      ),
    );
    expect(viaCallback).toBe(1);
    const client = await asPool.connect();
    try {
      await client.query("BEGIN");
      expect((await client.query("SELECT 2 AS two")).rows).toEqual([{ two: 2 }]);
      await client.query("COMMIT");
    } finally {
      client.release();
    }
    expect(primary.totalCount).toBeGreaterThan(0);
    expect(replica.totalCount).toBe(0);
  });

  it("passes a statement's own error through instead of repeating it on the primary", async () => {
    const primary = new pg.Pool({ connectionString: env().DATABASE_URL, max: 1 });
    const replica = new ReplicaPool({ connectionString: env().DATABASE_URL, max: 1 }, primary);
    pools.push(primary, replica);
    await expect((replica as pg.Pool).query("SELECT 1/0")).rejects.toThrow(/division by zero/);
    expect(replica.replicaUp).toBe(true);
    expect(primary.totalCount).toBe(0);
  });

  it("tells a lost server from a wrong statement", () => {
    const coded = (code: string, message = "x") => Object.assign(new Error(message), { code });
    expect(isConnectionError(coded("ECONNREFUSED"))).toBe(true);
    expect(isConnectionError(coded("57P03"))).toBe(true);
    expect(isConnectionError(coded("08006"))).toBe(true);
    expect(isConnectionError(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isConnectionError(coded("22012", "division by zero"))).toBe(false);
    expect(isConnectionError(coded("42501", "permission denied"))).toBe(false);
    expect(isConnectionError("ECONNREFUSED")).toBe(false);
  });
});
