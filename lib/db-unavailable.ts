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
