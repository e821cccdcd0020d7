// Who sees a repatriation case: the COORDINATORs and ORG_ADMINs of the sending organisation, and of
// the receiving organisation once the case has been requested (a draft is the sender's alone).
// A case one organisation works alone (a counterpart on the other side, a deportation: decision
// 0030) is also its CASE_WORKERs', for the people assigned to them or recorded by them.
// Everyone else, any other organisation included, gets 404. ANALYSTs see aggregates only.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";
import { NOTHING } from "@/lib/access/policy";
import { ENDS_WITHOUT_RETURN, type RepatriationStatus, type Side } from "./codes";

export function repatriationWhere(scope: Scope): Prisma.RepatriationWhereInput {
  if (!scope.organisationId) return NOTHING;
  if (!roleHas(scope.role, "cases.read.all")) {
    if (!roleHas(scope.role, "repatriations.alone.move")) return NOTHING;
    return {
      sendingOrganisationId: scope.organisationId,
      receivingOrganisationId: scope.organisationId,
      victim: { OR: [{ assignedToId: scope.userId }, { createdById: scope.userId }] },
    };
  }
  return {
    OR: [
      { sendingOrganisationId: scope.organisationId },
      { receivingOrganisationId: scope.organisationId, status: { not: "DRAFT" } },
    ],
  };
}

/** Whether the actor works repatriation cases at all (the bell, the board). */
export function mayWorkRepatriations(scope: Scope): scope is Scope & { organisationId: string } {
  return Boolean(scope.organisationId) && roleHas(scope.role, "repatriations.read");
}

/**
 * A receiving side whose request was declined or cancelled, or whose person decided to stay, keeps the case's outline (countries,
 * status, timeline) but loses the person, the step record, follow-up notes and the sender's
 * messages: its grant has ended.
 */
export function personVisible(side: Side, status: string) {
  return side === "SENDING" || !ENDS_WITHOUT_RETURN.includes(status as RepatriationStatus);
}

/**
 * The actor's side of a case: the sending side first, which is the person's organisation (an
 * organisation working alone stands on both; sidesOf names both).
 */
export function sideOf(
  scope: Scope,
  repatriation: { sendingOrganisationId: string; receivingOrganisationId: string },
): Side | null {
  if (scope.organisationId === repatriation.sendingOrganisationId) return "SENDING";
  if (scope.organisationId === repatriation.receivingOrganisationId) return "RECEIVING";
  return null;
}

/** Every side the actor's organisation stands on: both when it works the case alone. */
export function sidesOf(
  scope: Scope,
  repatriation: { sendingOrganisationId: string; receivingOrganisationId: string },
): Side[] {
  const sides: Side[] = [];
  if (scope.organisationId === repatriation.sendingOrganisationId) sides.push("SENDING");
  if (scope.organisationId === repatriation.receivingOrganisationId) sides.push("RECEIVING");
  return sides;
}

/** One organisation works the case alone: the other side is a counterpart, or the state deports. */
export function worksAlone(repatriation: { sendingOrganisationId: string; receivingOrganisationId: string }) {
  return repatriation.sendingOrganisationId === repatriation.receivingOrganisationId;
}

/**
 * Aggregates (figures) count the cases the organisation takes part in, as repatriationWhere does,
 * for every role that may read aggregate reports, ANALYST included; no row is ever returned.
 */
export function repatriationAggregateOrganisation(scope: Scope): string | null {
  if (!scope.organisationId || !roleHas(scope.role, "reports.aggregate.read")) return null;
  return scope.organisationId;
}

/** Partner organisations are chosen, and counterpart cases handed to them, by a COORDINATOR. */
export function mayHandToPartner(scope: Scope) {
  return roleHas(scope.role, "repatriations.move");
}

/** Only a case worked alone with a counterpart in the home country can give way to a partner there. */
export function handsToPartner(c: {
  sendingOrganisationId: string;
  receivingOrganisationId: string;
  counterpartSide: string | null;
}) {
  return worksAlone(c) && c.counterpartSide === "RECEIVING";
}

/**
 * A COORDINATOR prepares the return of a person whose record belongs to the own organisation, with
 * a partner or alone; a CASE_WORKER prepares one alone, for a person they may see.
 */
export function mayRequestRepatriation(scope: Scope, victim: { organisationId: string }) {
  return roleHas(scope.role, "repatriations.alone.move") && scope.organisationId === victim.organisationId;
}
