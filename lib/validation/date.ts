// Dates typed or sent by people and integrations: coerced like z.coerce.date, and kept to years
// PostgreSQL and the app handle (1900–2199). Without the bound, a date such as year -154423
// passes validation and fails in the database (found by the fuzz test: a 500 on PATCH victims).
import { z } from "zod/mini";

const MIN = Date.UTC(1900, 0, 1);
const MAX = Date.UTC(2200, 0, 1);

export function coercedDate(message = "errors.invalidDate") {
  return z.coerce
    .date(message)
    .check(z.refine((d) => d.getTime() >= MIN && d.getTime() < MAX, "errors.dateOutOfRange"));
}

/**
 * Whether a day lies no later than today anywhere: a day typed "today" east of UTC (Almaty,
 * Tashkent) is tomorrow in UTC for part of the evening, so one day's grace.
 */
export const notFuture = (d: Date) => d.getTime() <= Date.now() + 86_400_000;
