// Removes from the object store the objects whose attachments are gone. The database names them in
// `storage_deletions` (a trigger on `attachments`, in the deleting transaction), so an object is
// only removed once the removal of its row has committed, and one the store failed to remove
// stays named for the next sweep (decision 0029).
import "server-only";
import { db, dbFor } from "@/lib/db";
import { logger } from "@/lib/log";
import { objectStore } from "./object-store";

const BATCH = 100;

/** Sweeps one organisation's removed objects; returns how many were removed. */
export async function sweepRemovedObjects(organisationId: string): Promise<number> {
  const store = objectStore();
  if (!store) return 0;
  const db = dbFor({ organisationId });
  let removed = 0;
  for (;;) {
    const due = await db.storageDeletion.findMany({
      orderBy: { requestedAt: "asc" },
      take: BATCH,
      select: { storageKey: true },
    });
    if (due.length === 0) return removed;
    const done: string[] = [];
    for (const { storageKey } of due) {
      try {
        await store.remove(storageKey);
        done.push(storageKey);
      } catch (error) {
        logger.warn({ err: error instanceof Error ? error.message : String(error) }, "object store removal failed");
      }
    }
    if (done.length) await db.storageDeletion.deleteMany({ where: { storageKey: { in: done } } });
    removed += done.length;
    // Nothing removed in a whole batch: the store is failing; try again at the next sweep.
    if (done.length < due.length) return removed;
  }
}

/**
 * Every organisation's removed objects (after retention, whose statements remove the files a
 * partner uploaded about the organisation's people too: those are named under the uploader).
 */
export async function sweepRemovedObjectsEverywhere(): Promise<number> {
  if (!objectStore()) return 0;
  let removed = 0;
  for (const org of await db.organisation.findMany({ select: { id: true } }))
    removed += await sweepRemovedObjects(org.id);
  return removed;
}
