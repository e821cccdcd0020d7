// The vocabularies of a person's legal proceedings (prisma/models/proceedings.prisma), for forms
// and the API.
export const PROCEEDING_KINDS = ["CRIMINAL", "ADMINISTRATIVE", "CIVIL"] as const;

export const PROCEEDING_AUTHORITIES = [
  "POLICE",
  "INVESTIGATOR",
  "PROSECUTOR",
  "COURT",
  "LABOUR_INSPECTION",
  "MIGRATION_SERVICE",
  "OTHER",
] as const;

export const PROCEEDING_ROLES = ["VICTIM", "WITNESS", "CLAIMANT", "SUSPECT", "ACCUSED", "OTHER"] as const;

/**
 * The person's parts in which they are charged themselves (often with migration or prostitution
 * offences): where the non-punishment principle is argued, so the case file makes them stand out.
 */
export const CHARGED_ROLES: readonly (typeof PROCEEDING_ROLES)[number][] = ["SUSPECT", "ACCUSED"];

export const PROTECTION_MEASURES = [
  "ANONYMITY",
  "CLOSED_HEARING",
  "REMOTE_TESTIMONY",
  "NO_CONFRONTATION",
  "POLICE_PROTECTION",
  "RELOCATION",
  "OTHER",
] as const;

export const PROCEEDING_OUTCOMES = [
  "PENDING",
  "REFUSED_TO_OPEN",
  "SUSPENDED",
  "DISMISSED",
  "CONVICTION",
  "ACQUITTAL",
  "SETTLED",
  "NON_PUNISHMENT_APPLIED",
  "PERSON_FINED",
  "PERSON_CONVICTED",
  "OTHER",
] as const;

export const HEARING_STATUSES = ["SCHEDULED", "HELD", "POSTPONED", "CANCELLED"] as const;

export type ProceedingKind = (typeof PROCEEDING_KINDS)[number];
export type ProceedingAuthority = (typeof PROCEEDING_AUTHORITIES)[number];
export type ProceedingRole = (typeof PROCEEDING_ROLES)[number];
export type ProtectionMeasure = (typeof PROTECTION_MEASURES)[number];
export type ProceedingOutcome = (typeof PROCEEDING_OUTCOMES)[number];
export type HearingStatus = (typeof HEARING_STATUSES)[number];
