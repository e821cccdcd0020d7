// The work queues of the homes, as filters of the people list (`/victims?queue=…`): the home's
// count and the list it links to use the same `where`, inside the same visibility rule, so the
// number on the home is the number of rows the link shows. Pure (no database).
import type { Prisma } from "@/lib/generated/prisma/client";
import { organisationToday } from "@/lib/time/zoned";

export const VICTIM_QUEUES = ["intake", "stalled", "overdue", "dueWeek", "renew", "consent"] as const;
export type VictimQueue = (typeof VICTIM_QUEUES)[number];

export const DEFAULT_STALLED_DAYS = 30;
/** Identity documents expiring within this many days (or already expired) are due for renewal. */
export const RENEW_WITHIN_DAYS = 60;

/** A guardian's consent for a child stops standing for the person at this age: they consent themselves. */
export const AGE_OF_OWN_CONSENT = 18;

const OPEN: Prisma.VictimWhereInput = { status: { in: ["ACTIVE", "FOLLOW_UP"] } };
const DAY = 86_400_000;

/** A day of the organisation's calendar (today plus some days), as the UTC midnight a @db.Date holds. */
function orgDay(now: Date, timeZone: string | undefined, plusDays = 0) {
  return new Date(organisationToday({ timeZone }, now).getTime() + plusDays * DAY);
}

/**
 * The condition of one queue, and the field a shared row must show for it to apply (null: the
 * owner's own metadata, so only the actor's own organisation's rows can match).
 */
export function queueCondition(
  queue: VictimQueue,
  options: { now: Date; stalledDays?: number; timeZone?: string },
): { field: string | null; where: Prisma.VictimWhereInput } {
  const { now, timeZone } = options;
  const utcDay = (date: Date, plusDays = 0) => orgDay(date, timeZone, plusDays);
  switch (queue) {
    // Opened from a hotline call and nobody assigned yet.
    case "intake":
      return { field: null, where: { AND: [OPEN, { assignedToId: null, calls: { some: {} } }] } };
    // No change to the record and no case note for the chosen number of days.
    case "stalled": {
      const since = new Date(now.getTime() - (options.stalledDays ?? DEFAULT_STALLED_DAYS) * DAY);
      return {
        field: null,
        where: { AND: [OPEN, { updatedAt: { lt: since }, notes: { none: { createdAt: { gte: since } } } }] },
      };
    }
    case "overdue":
      return {
        field: "supportItems",
        where: { AND: [OPEN, { supportItems: { some: { status: { not: "DONE" }, plannedOn: { lt: utcDay(now) } } } }] },
      };
    case "dueWeek":
      return {
        field: "supportItems",
        where: {
          AND: [
            OPEN,
            {
              supportItems: { some: { status: { not: "DONE" }, plannedOn: { gte: utcDay(now), lt: utcDay(now, 7) } } },
            },
          ],
        },
      };
    case "renew":
      return {
        field: "documentExpiry",
        where: { AND: [OPEN, { documentExpiry: { lt: utcDay(now, RENEW_WITHIN_DAYS) } }] },
      };
    // Consents to record or renew (the case worker's home): an open case with no consent to
    // services in force, or whose only one was a guardian's for a child who has since come of age.
    // The same rule as consentToRenew below, as a query; consents are the owner's own record.
    case "consent": {
      const inForce = { kind: "SERVICES" as const, withdrawnOn: null };
      const comeOfAge = new Date(
        Date.UTC(now.getUTCFullYear() - AGE_OF_OWN_CONSENT, now.getUTCMonth(), now.getUTCDate()),
      );
      return {
        field: null,
        where: {
          AND: [
            OPEN,
            {
              OR: [
                { consents: { none: inForce } },
                { birthDate: { lte: comeOfAge }, consents: { none: { ...inForce, method: { not: "GUARDIAN" } } } },
              ],
            },
          ],
        },
      };
    }
  }
}

/**
 * Whether a person's consent to services needs recording or renewing, and why: none in force, or
 * only a guardian's given while the person was a child who is now an adult. Mirrors the "consent"
 * queue for the case file's flag and the tests.
 */
export function consentToRenew(
  person: { birthDate: Date | null },
  consents: { kind: string; method: string; withdrawnOn: Date | null }[],
  now: Date,
): "missing" | "comeOfAge" | null {
  const inForce = consents.filter((c) => c.kind === "SERVICES" && c.withdrawnOn === null);
  if (inForce.length === 0) return "missing";
  const comeOfAge = new Date(Date.UTC(now.getUTCFullYear() - AGE_OF_OWN_CONSENT, now.getUTCMonth(), now.getUTCDate()));
  if (person.birthDate && person.birthDate <= comeOfAge && inForce.every((c) => c.method === "GUARDIAN"))
    return "comeOfAge";
  return null;
}
