// Who sees which hotline calls.
//   HOTLINE_OPERATOR, COORDINATOR, ORG_ADMIN: every call of their organisation
//   CASE_WORKER: calls of their organisation about a person they may see (the one rule)
//   another organisation: never, not even when the person a call is linked to is shared with it
//     (a partner sees what its grant names on the person's record, never the call)
//   ANALYST, NETWORK_ADMIN, others: no call (aggregates only, through monthStats)
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";
import { NOTHING } from "@/lib/access/policy";

/** `people`: the `where` of the people the actor may see (the one rule, lib/access/people.ts). */
export function hotlineCallWhere(
  scope: Scope,
  people: Prisma.VictimWhereInput = NOTHING,
): Prisma.HotlineCallWhereInput {
  if (!scope.organisationId) return NOTHING;
  if (roleHas(scope.role, "hotline.calls.read")) return { organisationId: scope.organisationId };
  if (roleHas(scope.role, "cases.read.own"))
    return { organisationId: scope.organisationId, people: { some: { victim: people } } };
  return NOTHING;
}

/** The caller's number is seen only inside the organisation that took the call. */
export function maySeeCallerPhone(scope: Scope, call: { organisationId: string }): boolean {
  return scope.organisationId === call.organisationId;
}

/** Logging, editing and voiding calls: the organisation's own hotline staff only. */
export function mayLogCalls(scope: Scope): boolean {
  return scope.organisationId !== null && roleHas(scope.role, "hotline.calls.log");
}

/** Month figures: anyone who reads calls or aggregate reports, for their own organisation. */
export function maySeeCallFigures(scope: Scope): boolean {
  return (
    scope.organisationId !== null &&
    (roleHas(scope.role, "hotline.calls.read") || roleHas(scope.role, "reports.aggregate.read"))
  );
}

/** Editing, voiding or logging a callback for one call: its own organisation's hotline staff, while not void. */
export function mayChangeCall(scope: Scope, call: { organisationId: string; voidedAt: Date | null }): boolean {
  return mayLogCalls(scope) && call.organisationId === scope.organisationId && call.voidedAt === null;
}

/**
 * Registering people from a call (one, or several at once): its own organisation, while the call
 * is not void. A call may be about many people, so it stays open after the first.
 */
export function mayOpenCaseFromCall(scope: Scope, call: { organisationId: string; voidedAt: Date | null }): boolean {
  return (
    roleHas(scope.role, "victims.create.fromCall") &&
    call.organisationId === scope.organisationId &&
    call.voidedAt === null
  );
}

/**
 * Linking an existing record to a call: staff of the call's organisation who may search the
 * people they see (the record itself is checked against the one rule when linked).
 */
export function mayLinkPersonToCall(scope: Scope, call: { organisationId: string; voidedAt: Date | null }): boolean {
  return roleHas(scope.role, "cases.list") && call.organisationId === scope.organisationId && call.voidedAt === null;
}
