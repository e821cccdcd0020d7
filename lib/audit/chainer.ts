// The audit trail's chainer (decision 0036). Events are written unlinked, so that a save never
// waits for another save of its organisation to commit; the database function
// audit_link_waiting() links the waiting ones of each chain in the order they were written. The
// server runs it about once a second; audit:verify and the tests run it before they check.
import type pg from "pg";

type Queryable = Pick<pg.Pool, "query">;

/** Events linked per call: one short transaction each, so a backlog never holds a chain long. */
const BATCH = 5000;

/** Links the events waiting in every chain; returns how many it linked. */
export async function linkWaitingAuditEvents(client: Queryable): Promise<number> {
  let linked = 0;
  for (;;) {
    const { rows } = await client.query<{ linked: number }>("SELECT audit_link_waiting($1)::int AS linked", [BATCH]);
    const count = rows[0]?.linked ?? 0;
    linked += count;
    // Fewer than a batch: nothing is left waiting (or what is left is being linked by another
    // chainer, which holds that chain).
    if (count < BATCH) return linked;
  }
}
