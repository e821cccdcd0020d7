// Folds the deltas that saves of calls appended into the day and month counts (migration
// hotline_call_counts, decision 0038): the server's upkeep runs it about once a second
// (lib/upkeep.ts). Readers are exact without it (lib/hotline/call-counts.ts adds what waits).
import type pg from "pg";

/** Folds every waiting delta into the counts (the server does it about once a second); how many it folded. */
export async function foldCallCounts(client: Pick<pg.Pool, "query">): Promise<number> {
  const BATCH = 20_000;
  let folded = 0;
  for (;;) {
    const { rows } = await client.query<{ folded: number }>("SELECT hotline_call_counts_fold($1)::int AS folded", [
      BATCH,
    ]);
    const count = rows[0]?.folded ?? 0;
    folded += count;
    if (count < BATCH) return folded;
  }
}
