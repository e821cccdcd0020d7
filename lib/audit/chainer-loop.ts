// Runs the audit chainer in the server process, about once a second, on a connection of its own
// (so it never waits behind requests for the app's pool, nor they behind it). Several servers may
// run it at once: each chain is linked by one of them at a time (the lock in audit_link_waiting).
import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { linkWaitingAuditEvents } from "./chainer";

const INTERVAL_MS = 1000;

const state = globalThis as unknown as { tumarAuditChainer?: NodeJS.Timeout };

export function startAuditChainer(): void {
  // `next dev` loads this module again on changes: one timer per process.
  if (state.tumarAuditChainer) return;
  const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 1, idleTimeoutMillis: 30_000 });
  // A dropped idle connection is replaced at the next round; nothing to do here but not crash.
  pool.on("error", () => {});
  let running = false;
  let failing = false;
  state.tumarAuditChainer = setInterval(() => {
    if (running) return;
    running = true;
    linkWaitingAuditEvents(pool)
      .then(() => {
        if (failing) logger.info("audit chainer linking again");
        failing = false;
      })
      .catch((error: unknown) => {
        // Logged once per outage, not every second; the events wait and are linked once it is back.
        if (!failing)
          logger.warn({ err: error instanceof Error ? error.message : String(error) }, "audit chainer failed");
        failing = true;
      })
      .finally(() => {
        running = false;
      });
  }, INTERVAL_MS);
  state.tumarAuditChainer.unref();
}
