// How a read that names what it showed on the audit trail runs (decision 0042).
import "server-only";
import { dbFor, type Tx } from "@/lib/db";
import type { Scope } from "@/lib/roles/scope";

/**
 * Runs `read`, which reads and then appends the audit event naming what it read, through `db`,
 * statement by statement, without a transaction around them. Each statement is atomic and runs in
 * the scope's organisation; what `read` returns leaves only after its event has been written, and
 * a failed append throws, so nothing read is shown unaudited, as it was when the pair was one
 * transaction, two round trips (BEGIN and COMMIT) cheaper. Only for reads: a callback that writes
 * anything but audit events, or needs its reads to see one snapshot, takes a transaction.
 */
export function auditedRead<T>(scope: Scope, read: (db: Tx) => Promise<T>): Promise<T> {
  return read(dbFor(scope));
}
