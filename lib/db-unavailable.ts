// Tells a database outage (server down, restarting, connection dropped) from a bug, so the API
// can answer 503 with Retry-After while PostgreSQL comes back, instead of a 500. The pool
// reconnects by itself on the next query; nothing needs restarting.
const CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "ECONNREFUSED", "ECONNRESET", "57P01", "57P02", "57P03", "08000", "08001", "08003", "08006"]);
const MESSAGES = /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|connection (is )?closed|the database system is (starting up|shutting down|in recovery mode)|Can't reach database|Client has encountered a connection error|timeout exceeded when trying to connect/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
  if (typeof e.code === "string" && CODES.has(e.code)) return true;
  if (typeof e.originalCode === "string" && CODES.has(e.originalCode)) return true;
  if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}

// PostgreSQL could not write: its disk is full (SQLSTATE 53100, or the file system's ENOSPC in the
// message). Nothing of the failed transaction was kept; writes work again once space is freed.
const FULL_CODES = new Set(["53100"]);
const FULL_MESSAGES = /No space left on device|could not extend file|disk full/i;

export function isStorageFull(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
  if (typeof e.code === "string" && FULL_CODES.has(e.code)) return true;
  if (typeof e.originalCode === "string" && FULL_CODES.has(e.originalCode)) return true;
  if (typeof e.message === "string" && FULL_MESSAGES.test(e.message)) return true;
  return isStorageFull(e.cause, depth + 1);
}
