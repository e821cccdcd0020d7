// The database's background upkeep, run by the server about once a second on a connection of its
// own (so it never waits behind requests for the app's pool, nor they behind it):
//   - the audit chainer links new audit events into their organisation's hash chain (decision 0036);
//   - the hotline's call counts fold in the deltas the saves appended (decision 0038).
// Both are functions in the database that take a lock each, so several servers may run this at once.
import "server-only";
import pg from "pg";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { linkWaitingAuditEvents } from "@/lib/audit/chainer";
import { foldCallCounts } from "@/lib/hotline/call-counts-fold";

const INTERVAL_MS = 1000;

const state = globalThis as unknown as { tumarUpkeep?: NodeJS.Timeout };

export function startUpkeep(): void {
  // `next dev` loads this module again on changes: one timer per process.
  if (state.tumarUpkeep) return;
  const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 1, idleTimeoutMillis: 30_000 });
  // A dropped idle connection is replaced at the next round; nothing to do here but not crash.
  pool.on("error", () => {});
  let running = false;
  let failing = false;
  state.tumarUpkeep = setInterval(() => {
    if (running) return;
    running = true;
    linkWaitingAuditEvents(pool)
      .then(() => foldCallCounts(pool))
      .then(() => {
        if (failing) logger.info("database upkeep running again");
        failing = false;
      })
      .catch((error: unknown) => {
        // Logged once per outage, not every second; the work waits and is done once it is back.
        if (!failing)
          logger.warn({ err: error instanceof Error ? error.message : String(error) }, "database upkeep failed");
        failing = true;
      })
      .finally(() => {
        running = false;
      });
  }, INTERVAL_MS);
  state.tumarUpkeep.unref();
}
