// A period of the figures as the database compares it: local calendar days of the organisation for
// date columns, and the instants its first day starts and the day after its last starts, in its
// time zone, for timestamp columns (a call at 23:30 in Tashkent on 30 September is in Q3).
import { nextDay, startOfLocalDay } from "@/lib/time/zoned";

export interface SqlPeriod {
  from: string;
  to: string;
  fromInstant: Date;
  /** The first instant after the period. */
  endInstant: Date;
  timeZone: string;
}

export function sqlPeriod(period: { from: string; to: string }, timeZone: string): SqlPeriod {
  return {
    ...period,
    fromInstant: startOfLocalDay(period.from, timeZone),
    endInstant: startOfLocalDay(nextDay(period.to), timeZone),
    timeZone,
  };
}
