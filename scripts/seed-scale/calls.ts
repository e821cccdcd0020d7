// A decade of hotline calls for the scale seed. How many fall on each day follows what hotlines in
// the region report: departures in spring and early summer, a dip in winter, fewer calls at the
// weekend, and a network that grows over the years. Each call is made by the demo generator
// (prisma/demo-calls.ts), so its content, encryption and look-up hashes are the app's own.
import type pg from "pg";
import { copyRows } from "./copy";
import { makeCall, phoneNumber } from "../../prisma/demo-calls";
import { shareOut, type ScaleOrganisation } from "./network";

const DAY_MS = 86_400_000;
/** January … December. */
export const MONTH_WEIGHT = [0.65, 0.75, 1.15, 1.35, 1.35, 1.2, 1.0, 0.9, 1.0, 1.1, 0.85, 0.6];

/** Cumulative weights of the days in [now − years, now]: a call's day is drawn from them. */
export function dayWeights(now: Date, years: number) {
  const days = Math.round(years * 365.25);
  const start = Math.floor((now.getTime() - days * DAY_MS) / DAY_MS) * DAY_MS; // a UTC midnight
  const cumulative = new Float64Array(days);
  let total = 0;
  for (let d = 0; d < days; d++) {
    const day = new Date(start + d * DAY_MS);
    const weekday = day.getUTCDay();
    const growth = 0.5 + d / days; // the network handles three times as many calls at the end
    total += MONTH_WEIGHT[day.getUTCMonth()]! * growth * (weekday === 0 || weekday === 6 ? 0.55 : 1.1);
    cumulative[d] = total;
  }
  return { start, cumulative, total };
}

function drawDay(rnd: () => number, weights: ReturnType<typeof dayWeights>): number {
  const target = rnd() * weights.total;
  let lo = 0;
  let hi = weights.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (weights.cumulative[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Writes the calls in the order they would have arrived (all hotlines interleaved, oldest first),
 * so that the table's physical layout is a real one: a month of one hotline's calls shares its
 * pages with the other hotlines' calls of that month, as in production, instead of lying scattered
 * over the whole table (which made month figures read one page per call).
 */
export async function createCalls(
  db: pg.PoolClient,
  rnd: () => number,
  organisations: ScaleOrganisation[],
  options: { calls: number; years: number; now: Date; batch: number },
  progress: (done: number) => void,
) {
  const hotlines = organisations.filter((o) => o.hotline && o.operatorIds.length > 0);
  if (hotlines.length === 0) return;
  const weights = dayWeights(options.now, options.years);
  // First when and where each call happens (two numbers a call), then the calls themselves in time order.
  const at = new Float64Array(options.calls);
  const where = new Uint16Array(options.calls);
  let n = 0;
  shareOut(options.calls, hotlines).forEach(([, count], index) => {
    for (let i = 0; i < count; i++, n++) {
      const day = drawDay(rnd, weights);
      // Office hours, local time roughly (UTC+3 … UTC+6): 03:00–15:00 UTC.
      at[n] = Math.min(options.now.getTime(), weights.start + day * DAY_MS + (3 + rnd() * 12) * 3_600_000);
      where[n] = index;
    }
  });
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => at[a]! - at[b]!);
  const regulars = hotlines.map((org) => Array.from({ length: 200 }, () => phoneNumber(rnd, org.countryCode)));
  for (let made = 0; made < n; made += options.batch) {
    const rows = Array.from(order.subarray(made, made + options.batch), (i) => {
      const org = hotlines[where[i]!]!;
      const when = new Date(at[i]!);
      const call = makeCall(
        rnd,
        org,
        when,
        regulars[where[i]!]!,
        options.now,
        options.now.getTime() - when.getTime() < DAY_MS,
      );
      // COPY takes no column defaults per row: what a silent call leaves out is given here (makeCall gives the id).
      return {
        status: "COMPLETE",
        callbackConsent: false,
        topics: [],
        summaryTokens: [],
        actions: [],
        ...call,
        updatedAt: options.now,
      };
    });
    await copyRows(db, "hotline_calls", rows);
    progress(made + rows.length);
  }
}
