// A real streaming replica of an embedded PostgreSQL, for the tests of READ_DATABASE_URL (decision
// 0037). Debian's pg_basebackup is older than the embedded server and refuses it, so the base
// backup is taken the way pg_basebackup does it underneath: pg_backup_start(), a copy of the data
// directory, pg_backup_stop() (whose label goes into the copy), then the copy starts as a standby
// that streams from the primary through a replication slot (the slot keeps the WAL it still needs).
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { acceptsConnections, findFreePort } from "./embedded-postgres";

export interface StreamingReplica {
  /** The replica's address, as the primary's superuser (same roles and passwords as the primary). */
  url: string;
  port: number;
  /** Stops replaying the primary's changes (they still arrive and wait), or starts again. */
  pauseReplay: () => Promise<void>;
  resumeReplay: () => Promise<void>;
  /** Waits until the replica has replayed everything the primary has written so far. */
  caughtUp: (timeoutMs?: number) => Promise<void>;
  /** Stops the server (its files stay until remove()). */
  stop: () => Promise<void>;
  /** Starts it again after stop(), on the same port. */
  start: () => Promise<void>;
  /** Stops it, removes its files and the primary's slot. */
  remove: () => Promise<void>;
}

// What a base backup leaves out: the running server's own files and what is rebuilt at start
// (the PostgreSQL documentation's list for a low-level backup).
const SKIPPED = new Set(["postmaster.pid", "postmaster.opts", "pg_internal.init"]);
const EMPTIED = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_stat_tmp",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_subtrans",
]);

/** Copies a live data directory; a file removed while it is being copied is skipped (WAL replay restores what matters). */
function copyLive(from: string, to: string, top = true) {
  fs.mkdirSync(to, { recursive: true, mode: 0o700 });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    if (SKIPPED.has(entry.name) || (top && entry.name.startsWith("pgsql_tmp"))) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    try {
      if (entry.isDirectory()) {
        if (top && EMPTIED.has(entry.name)) fs.mkdirSync(target, { mode: 0o700 });
        else copyLive(source, target, false);
      } else if (entry.isFile()) fs.copyFileSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
}

function chownTree(dir: string, uid: number, gid: number) {
  fs.chownSync(dir, uid, gid);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) chownTree(child, uid, gid);
    else fs.chownSync(child, uid, gid);
  }
}

/** The embedded server's binary: the platform package embedded-postgres itself loads. */
async function postgresBinary(): Promise<string> {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const binaries = (await import(name)) as { postgres: string };
  return binaries.postgres;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

/**
 * Makes and starts a streaming replica of the embedded server at `primary.url` (its superuser)
 * whose data directory is `primary.dir`.
 */
export async function startStreamingReplica(primary: { url: string; dir: string }): Promise<StreamingReplica> {
  const slot = `tumar_replica_${crypto.randomBytes(4).toString("hex")}`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tumar-replica-"));
  const dataDir = path.join(dir, "pg");
  const primaryUrl = new URL(primary.url);

  await query(primary.url, "SELECT pg_create_physical_replication_slot($1, true)", [slot]);
  const backup = new pg.Client({ connectionString: primary.url });
  await backup.connect();
  try {
    // Non-exclusive: the backup belongs to this session, which must also end it.
    await backup.query("SELECT pg_backup_start('tumar-replica', true)");
    copyLive(primary.dir, dataDir);
    const { rows } = await backup.query<{ labelfile: string; spcmapfile: string | null }>(
      "SELECT labelfile, spcmapfile FROM pg_backup_stop(false)",
    );
    fs.writeFileSync(path.join(dataDir, "backup_label"), rows[0]!.labelfile);
    if (rows[0]!.spcmapfile) fs.writeFileSync(path.join(dataDir, "tablespace_map"), rows[0]!.spcmapfile);
  } finally {
    await backup.end();
  }
  fs.mkdirSync(path.join(dataDir, "pg_wal", "archive_status"), { recursive: true });
  fs.mkdirSync(path.join(dataDir, "pg_wal", "summaries"), { recursive: true });
  fs.writeFileSync(path.join(dataDir, "standby.signal"), "");
  const conninfo = [
    `host=${primaryUrl.hostname}`,
    `port=${primaryUrl.port}`,
    `user=${decodeURIComponent(primaryUrl.username)}`,
    `password=${decodeURIComponent(primaryUrl.password)}`,
    "application_name=tumar_replica",
  ].join(" ");
  fs.appendFileSync(
    path.join(dataDir, "postgresql.auto.conf"),
    `primary_conninfo = '${conninfo.replace(/'/g, "''")}'\nprimary_slot_name = '${slot}'\nhot_standby = on\n`,
  );
  // The server runs as the user that owns the primary's files (`postgres` when the tests run as root).
  const owner = fs.statSync(primary.dir);
  fs.chmodSync(dir, 0o755);
  chownTree(dataDir, owner.uid, owner.gid);
  fs.chmodSync(dataDir, 0o700);

  const port = await findFreePort();
  const replicaUrl = new URL(primary.url);
  replicaUrl.port = String(port);
  const url = replicaUrl.toString();
  const binary = await postgresBinary();
  let server: ChildProcess | null = null;

  const start = async () => {
    const asOwner = process.getuid?.() === 0 ? { uid: owner.uid, gid: owner.gid } : {};
    server = spawn(binary, ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1"], {
      ...asOwner,
      stdio: ["ignore", "ignore", "pipe"],
    });
    let log = "";
    server.stderr?.on("data", (chunk: Buffer) => {
      log = (log + chunk.toString("utf8")).slice(-4000);
    });
    const exited = new Promise<never>((_, reject) =>
      server!.once("exit", (code) => reject(new Error(`the replica stopped (exit ${code}): ${log}`))),
    );
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (await Promise.race([acceptsConnections(url), exited])) return;
      if (Date.now() > deadline) throw new Error(`the replica did not accept connections: ${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const stop = async () => {
    const running = server;
    server = null;
    if (!running || running.exitCode !== null) return;
    running.removeAllListeners("exit");
    const exited = new Promise((resolve) => running.once("exit", resolve));
    running.kill("SIGINT"); // fast shutdown
    await exited;
  };

  await start();
  const replica: StreamingReplica = {
    url,
    port,
    pauseReplay: async () => {
      await query(url, "SELECT pg_wal_replay_pause()");
    },
    resumeReplay: async () => {
      await query(url, "SELECT pg_wal_replay_resume()");
    },
    caughtUp: async (timeoutMs = 15_000) => {
      const [{ lsn }] = (await query<{ lsn: string }>(primary.url, "SELECT pg_current_wal_lsn()::text AS lsn")) as [
        { lsn: string },
      ];
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const [row] = await query<{ done: boolean }>(
          url,
          "SELECT coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) AS done",
          [lsn],
        );
        if (row?.done) return;
        if (Date.now() > deadline) throw new Error(`the replica did not replay up to ${lsn}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    stop,
    start,
    remove: async () => {
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
      await query(primary.url, "SELECT pg_drop_replication_slot($1)", [slot]).catch(() => {});
    },
  };
  await replica.caughtUp(30_000);
  return replica;
}
