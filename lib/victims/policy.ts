// What may be done with victim records. Which records and which fields an actor sees is the one
// visibility rule of lib/access/person.ts, shared by every road to a person.
import type { Scope } from "@/lib/roles/scope";
import { roleHas } from "@/lib/roles/permissions";

/** Break-glass is for the organisation's own COORDINATOR and ORG_ADMIN, on its own records. */
export function mayBreakGlass(scope: Scope, record: { organisationId: string; restricted: boolean }) {
  return record.restricted && record.organisationId === scope.organisationId && roleHas(scope.role, "cases.breakGlass");
}

// The field sets of a shared record are part of the one visibility rule (lib/access/person.ts).
export { MINIMAL_SHARED_FIELDS, SHAREABLE_EXTRA_FIELDS, type PersonField as VictimField } from "@/lib/access/person";

/** Writing to a record: its own organisation's case staff, and only while it is open. */
export function mayEditVictim(scope: Scope, record: { organisationId: string; status: string }) {
  return (
    record.organisationId === scope.organisationId &&
    roleHas(scope.role, "cases.write") &&
    !record.status.startsWith("CLOSED")
  );
}

/** Registering people: case staff, and hotline staff from a call. */
export function mayRegisterVictims(scope: Scope) {
  return (
    scope.organisationId !== null &&
    (roleHas(scope.role, "cases.write") || roleHas(scope.role, "victims.create.fromCall"))
  );
}

/** Closing, reopening and referring a record: its own organisation's COORDINATOR. */
export function mayCloseVictim(scope: Scope, record: { organisationId: string }) {
  return record.organisationId === scope.organisationId && roleHas(scope.role, "cases.closure.approve");
}

export function mayReferVictim(scope: Scope, record: { organisationId: string }) {
  return record.organisationId === scope.organisationId && roleHas(scope.role, "cases.referral.send");
}

/**
 * Asking the network whether a person is registered already: case staff only. The
 * answer names the organisation holding a match, so hotline operators, who register from a call
 * and never see other records, do not get it; each check is audited and rate-limited.
 */
export function mayCheckDuplicates(scope: Scope) {
  return scope.organisationId !== null && roleHas(scope.role, "cases.write");
}

/**
 * The case file's case-work sections (shelter, return home) are for the roles that work cases,
 * not for shelter staff looking at a resident.
 */
export function worksCases(scope: Scope) {
  return roleHas(scope.role, "cases.write") || roleHas(scope.role, "cases.read.all");
}

/** Refers and places as a role; otherwise the case file names the coordinator who can. */
export function refersAsRole(scope: Scope) {
  return roleHas(scope.role, "cases.referral.send");
}

/** Looks for a free bed for an open case (the availability page), as a role that refers. */
export function mayFindBed(scope: Scope, record: { status: string }) {
  return (
    roleHas(scope.role, "shelters.availability.read") && refersAsRole(scope) && !record.status.startsWith("CLOSED")
  );
}
