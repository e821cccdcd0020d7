// Rules of case work that do not need the database: which consent allows sharing, which status
// changes are allowed. Pure functions, unit-tested.
import type { AnyRole } from "@/lib/auth/roles";
import { roleHas } from "@/lib/auth/permissions";

export interface ConsentFacts {
  kind: string;
  granteeOrganisationId: string | null;
  givenOn: Date;
  withdrawnOn: Date | null;
}

/** Sharing with an organisation needs a SHARING consent that names it and is not withdrawn. */
export function hasSharingConsent(consents: readonly ConsentFacts[], granteeOrganisationId: string, today = new Date()): boolean {
  return consents.some(
    (c) =>
      c.kind === "SHARING" &&
      c.granteeOrganisationId === granteeOrganisationId &&
      c.givenOn.getTime() <= today.getTime() &&
      (c.withdrawnOn === null || c.withdrawnOn.getTime() > today.getTime()),
  );
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
