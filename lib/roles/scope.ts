// The scope value every data.ts / mutations.ts function takes first. Its brand can only be added
// by lib/auth/actor.ts after loading the signed-in user from the database, so calling a data
// function without having checked who is asking is a type error, not a leak.
import type { AnyRole, OrgRole } from "./roles";

declare const scopeBrand: unique symbol;

export interface Scope {
  readonly [scopeBrand]: true;
  readonly userId: string;
  /** The organisation the user is acting for; null for network roles. */
  readonly organisationId: string | null;
  readonly role: AnyRole;
  /** For audit events and logs. */
  readonly requestId: string | null;
  /**
   * The organisation's IANA time zone: its calendar day decides what is due today or overdue
   * (lib/time/zoned.ts organisationToday). UTC when absent (network roles, scripts).
   */
  readonly timeZone?: string;
  /**
   * The organisation's access epoch as read with the actor (lib/auth/load-actor.ts): the person
   * rule's grants and break-glass openings kept from an earlier request of the same epoch are
   * still current (lib/access/held-access.ts). Absent (scripts, tests that mint a scope): read afresh.
   */
  readonly accessEpoch?: number;
}

export interface ScopeFields {
  userId: string;
  organisationId: string | null;
  role: AnyRole;
  requestId: string | null;
  timeZone?: string;
  accessEpoch?: number;
}

/** Narrowed scope for code that only makes sense inside one organisation. */
export type OrgScope = Scope & { readonly organisationId: string; readonly role: OrgRole };

export function isOrgScope(scope: Scope): scope is OrgScope {
  return scope.organisationId !== null && scope.role !== "NETWORK_ADMIN";
}
