// Which records a retention period reaches (Prisma where fragments, shared by the preview and the job).
import { CLOSED_STATUSES, REPATRIATION_STATUSES } from "@/lib/repatriations/codes";

export const DAY_MS = 86_400_000;
const LIVE_REPATRIATION = REPATRIATION_STATUSES.filter((s) => !CLOSED_STATUSES.includes(s));

/** Calls received before the cutoff and not yet anonymised (a telephony call still being completed waits). */
export function callsDue(organisationId: string, cutoff: Date) {
  return { organisationId, receivedAt: { lt: cutoff }, anonymisedAt: null, status: { not: "INCOMPLETE" as const } };
}

/** Closed records, closed before the cutoff, with no open shelter stay and no live repatriation. */
export function casesDue(organisationId: string, cutoff: Date) {
  return {
    organisationId,
    status: { in: ["CLOSED" as const, "CLOSED_REFERRED" as const] },
    closedAt: { lt: cutoff },
    anonymisedAt: null,
    shelterStays: { none: { dischargedAt: null } },
    repatriations: { none: { status: { in: [...LIVE_REPATRIATION] } } },
  };
}
