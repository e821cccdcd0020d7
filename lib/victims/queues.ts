// The work queues of the homes, as filters of the people list (`/victims?queue=…`): the home's
// count and the list it links to use the same `where`, inside the same visibility rule, so the
// number on the home is the number of rows the link shows. Pure (no database).
import type { Prisma } from "@/lib/generated/prisma/client";

export const VICTIM_QUEUES = ["intake", "stalled", "overdue", "dueWeek", "renew"] as const;
export type VictimQueue = (typeof VICTIM_QUEUES)[number];

export const DEFAULT_STALLED_DAYS = 30;
/** Identity documents expiring within this many days (or already expired) are due for renewal. */
export const RENEW_WITHIN_DAYS = 60;

const OPEN: Prisma.VictimWhereInput = { status: { in: ["ACTIVE", "FOLLOW_UP"] } };
const DAY = 86_400_000;

function utcDay(now: Date, plusDays = 0) {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + plusDays * DAY);
}

/**
 * The condition of one queue, and the field a shared row must show for it to apply (null: the
 * owner's own metadata, so only the actor's own organisation's rows can match).
 */
export function queueCondition(queue: VictimQueue, options: { now: Date; stalledDays?: number }): { field: string | null; where: Prisma.VictimWhereInput } {
  const { now } = options;
  switch (queue) {
    // Opened from a hotline call and nobody assigned yet (issue 15, defect 4).
    case "intake":
      return { field: null, where: { AND: [OPEN, { assignedToId: null, hotlineCalls: { some: {} } }] } };
    // No change to the record and no case note for the chosen number of days.
    case "stalled": {
      const since = new Date(now.getTime() - (options.stalledDays ?? DEFAULT_STALLED_DAYS) * DAY);
      return { field: null, where: { AND: [OPEN, { updatedAt: { lt: since }, notes: { none: { createdAt: { gte: since } } } }] } };
    }
    case "overdue":
      return { field: "supportItems", where: { AND: [OPEN, { supportItems: { some: { status: { not: "DONE" }, plannedOn: { lt: utcDay(now) } } } }] } };
    case "dueWeek":
      return { field: "supportItems", where: { AND: [OPEN, { supportItems: { some: { status: { not: "DONE" }, plannedOn: { gte: utcDay(now), lt: utcDay(now, 7) } } } }] } };
    case "renew":
      return { field: "documentExpiry", where: { AND: [OPEN, { documentExpiry: { lt: utcDay(now, RENEW_WITHIN_DAYS) } }] } };
  }
}
