// Which records a retention period reaches (Prisma where fragments, shared by the preview and the job).
import { CLOSED_STATUSES, REPATRIATION_STATUSES } from "@/lib/repatriations/codes";

export const DAY_MS = 86_400_000;
/** Statuses of a return still under way (a person on one is neither retained away nor erased). */
export const LIVE_REPATRIATION = REPATRIATION_STATUSES.filter((s) => !CLOSED_STATUSES.includes(s));

/** Calls received before the cutoff and not yet anonymised (a telephony call still being completed waits). */
export function callsDue(organisationId: string, cutoff: Date) {
  return { organisationId, receivedAt: { lt: cutoff }, anonymisedAt: null, status: { not: "INCOMPLETE" as const } };
}

/**
 * Closed records, closed before the cutoff, with no open shelter stay and no live repatriation, and
 * not under a legal hold (decision 0033: a court case or an investigation needs the record kept).
 */
export function casesDue(organisationId: string, cutoff: Date) {
  return {
    organisationId,
    status: { in: ["CLOSED" as const, "CLOSED_REFERRED" as const] },
    closedAt: { lt: cutoff },
    anonymisedAt: null,
    legalHoldSince: null,
    shelterStays: { none: { dischargedAt: null } },
    repatriations: { none: { status: { in: [...LIVE_REPATRIATION] } } },
  };
}

/**
 * Perpetrator records are personal data too: under the closed-case period, a record last changed
 * before the cutoff, in no open or monitored situation, linked to no person whose record is still
 * kept, and not the subject of a contact request still waiting for an answer.
 */
export function perpetratorsDue(organisationId: string, cutoff: Date) {
  return {
    organisationId,
    anonymisedAt: null,
    updatedAt: { lt: cutoff },
    situations: { none: { situation: { status: { in: ["OPEN" as const, "MONITORING" as const] } } } },
    people: { none: { victim: { anonymisedAt: null } } },
    contactMatches: { none: { status: "PENDING" as const } },
  };
}
