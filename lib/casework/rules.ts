// Rules of case work that do not need the database: which consent allows sharing, which status
// changes are allowed. Pure functions, unit-tested.
import type { AnyRole } from "@/lib/roles/roles";
import { roleHas } from "@/lib/roles/permissions";

export interface ConsentFacts {
  kind: string;
  granteeOrganisationId: string | null;
  /** For SHARING: the counterpart outside Tumar named instead of an organisation (decision 0030). */
  granteeCounterpartId?: string | null;
  givenOn: Date;
  withdrawnOn: Date | null;
}

/** The farthest any time zone runs ahead of UTC (Kiribati, UTC+14). */
const LATEST_ZONE_AHEAD_MS = 14 * 3_600_000;

/**
 * Whether a consent counts now. givenOn is a calendar day in the organisation's zone, stored as UTC
 * midnight: a consent given "today" east of UTC (Almaty, Tashkent) is dated tomorrow in UTC during
 * the evening. It counts from the start of that day anywhere (UTC+14 at most); a withdrawal counts
 * from its day at UTC midnight, the earlier of the two, so access ends rather than lingers.
 */
function inForce(c: ConsentFacts, today: Date): boolean {
  return (
    c.givenOn.getTime() <= today.getTime() + LATEST_ZONE_AHEAD_MS &&
    (c.withdrawnOn === null || c.withdrawnOn.getTime() > today.getTime())
  );
}

/** Sharing with an organisation needs a SHARING consent that names it and is not withdrawn. */
export function hasSharingConsent(
  consents: readonly ConsentFacts[],
  granteeOrganisationId: string,
  today = new Date(),
): boolean {
  return consents.some(
    (c) => c.kind === "SHARING" && c.granteeOrganisationId === granteeOrganisationId && inForce(c, today),
  );
}

/** Telling a counterpart outside Tumar about the person needs a SHARING consent that names it. */
export function hasCounterpartSharingConsent(
  consents: readonly ConsentFacts[],
  counterpartId: string,
  today = new Date(),
): boolean {
  return consents.some((c) => c.kind === "SHARING" && c.granteeCounterpartId === counterpartId && inForce(c, today));
}

/** Returning home needs the person's RETURN consent, not withdrawn. */
export function hasReturnConsent(consents: readonly ConsentFacts[], today = new Date()): boolean {
  return consents.some((c) => c.kind === "RETURN" && inForce(c, today));
}

/** The organisations a SHARING consent in force names (for "sharing agreed with …"). */
export function sharingConsentOrganisations(consents: readonly ConsentFacts[], today = new Date()): string[] {
  return [
    ...new Set(
      consents
        .filter((c) => c.kind === "SHARING" && c.granteeOrganisationId && inForce(c, today))
        .map((c) => c.granteeOrganisationId!),
    ),
  ];
}

export type RequestConsent = "RETURN" | "SHARING";

/** Who a request is shared with: a receiving organisation, a counterpart outside Tumar, or no one. */
export type RequestRecipient =
  | { organisationId: string; counterpartId?: undefined }
  | { counterpartId: string; organisationId?: undefined }
  /** A deportation: nothing is requested, so nothing is asked of the person. */
  | "none"
  /** Not chosen yet. */
  | null;

/**
 * The consents a repatriation request needs, each with whether it is in force: to return home,
 * and to share with the other side (unknown until one is chosen: null). A deportation asks none.
 */
export function requestConsents(
  consents: readonly ConsentFacts[],
  recipient: RequestRecipient,
  today = new Date(),
): { kind: RequestConsent; given: boolean }[] {
  if (recipient === "none") return [];
  return [
    { kind: "RETURN", given: hasReturnConsent(consents, today) },
    {
      kind: "SHARING",
      given:
        recipient !== null &&
        (recipient.counterpartId
          ? hasCounterpartSharingConsent(consents, recipient.counterpartId, today)
          : hasSharingConsent(consents, recipient.organisationId!, today)),
    },
  ];
}

/** The recipient of a case's request, from the stored case. */
export function recipientOf(c: { kind: string; receivingOrganisationId: string; counterpartId: string | null }) {
  if (c.kind === "DEPORTATION") return "none" as const;
  return c.counterpartId ? { counterpartId: c.counterpartId } : { organisationId: c.receivingOrganisationId };
}

export type CaseStatus = "ACTIVE" | "FOLLOW_UP" | "CLOSED" | "CLOSED_REFERRED";

/** Closing needs a reason and a COORDINATOR; only an open record can be closed. */
export function closureProblem(role: AnyRole, status: CaseStatus, reason: string): string | null {
  if (!roleHas(role, "cases.closure.approve")) return "errors.onlyCoordinatorCloses";
  if (status === "CLOSED" || status === "CLOSED_REFERRED") return "errors.alreadyClosed";
  if (reason.trim().length < 3) return "errors.closureReasonRequired";
  return null;
}

/** A closed record is read-only until a COORDINATOR reopens it. */
export function reopenProblem(role: AnyRole, status: CaseStatus): string | null {
  if (!roleHas(role, "cases.closure.approve")) return "errors.onlyCoordinatorReopens";
  if (status !== "CLOSED" && status !== "CLOSED_REFERRED") return "errors.notClosed";
  return null;
}
