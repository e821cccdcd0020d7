// Tells a database outage (server down, restarting, connection dropped) and a full disk from a
// bug, so the API can answer 503 instead of a 500: with Retry-After while PostgreSQL comes back (the
// pool reconnects by itself on the next query), or STORAGE_FULL until an operator frees space.
const UNAVAILABLE = {
  codes: new Set([
    "P1001",
    "P1002",
    "P1008",
    "P1017",
    "P2024",
    "ECONNREFUSED",
    "ECONNRESET",
    "57P01",
    "57P02",
    "57P03",
    "08000",
    "08001",
    "08003",
    "08006",
  ]),
  messages:
    /ECONNREFUSED|ECONNRESET|Connection terminated|terminating connection|connection (is )?closed|the database system is (starting up|shutting down|in recovery mode)|Can't reach database|Client has encountered a connection error|timeout exceeded when trying to connect/i,
};

// PostgreSQL could not write: its disk is full (SQLSTATE 53100, or the file system's ENOSPC in the
// message). Nothing of the failed transaction was kept; writes work again once space is freed.
const STORAGE_FULL = {
  codes: new Set(["53100"]),
  messages: /No space left on device|could not extend file|disk full/i,
};

/** Looks through an error and its causes (drivers and Prisma wrap them) for a code or message. */
function matches(error: unknown, kind: { codes: Set<string>; messages: RegExp }, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown };
  if (typeof e.code === "string" && kind.codes.has(e.code)) return true;
  if (typeof e.originalCode === "string" && kind.codes.has(e.originalCode)) return true;
  if (typeof e.message === "string" && kind.messages.test(e.message)) return true;
  return matches(e.cause, kind, depth + 1);
}

export const isDatabaseUnavailable = (error: unknown) => matches(error, UNAVAILABLE);
export const isStorageFull = (error: unknown) => matches(error, STORAGE_FULL);
