// The words of a repatriation case: its statuses, its two sides, the risk outcomes and the travel
// documents' vocabularies. Shared by the schema, the state machine and the steps, which import
// from here and never from each other for them.
export const REPATRIATION_STATUSES = [
  "DRAFT",
  "REQUESTED",
  "ACCEPTED",
  "DECLINED",
  "RISK_ASSESSMENT",
  "TRAVEL_DOCUMENTS",
  "TRAVEL_PLANNED",
  "IN_TRANSIT",
  "HANDED_OVER",
  "REINTEGRATION",
  "CLOSED",
  "CANCELLED",
  "STAYS",
] as const;
export type RepatriationStatus = (typeof REPATRIATION_STATUSES)[number];

/** The sending side is where the person is now; the receiving side is in the home country. */
export type Side = "SENDING" | "RECEIVING";

export const RISK_OUTCOMES = ["SAFE", "SAFE_WITH_SUPPORT", "NOT_SAFE"] as const;
export type RiskOutcome = (typeof RISK_OUTCOMES)[number];

export const CLOSED_STATUSES: readonly RepatriationStatus[] = ["DECLINED", "CLOSED", "CANCELLED", "STAYS"];
/** Ends that take the person away from the receiving side: its grant ends with them. */
export const ENDS_WITHOUT_RETURN: readonly RepatriationStatus[] = ["DECLINED", "CANCELLED", "STAYS"];

/**
 * How the person comes home (decision 0030): assisted voluntary return, deportation or expulsion
 * by the state (the home organisation meets the person), or a return the person organises with
 * the organisations' support. Each has its own path (lib/repatriations/state-machine.ts).
 */
export const RETURN_KINDS = ["ASSISTED", "DEPORTATION", "SELF_ORGANISED"] as const;
export type ReturnKind = (typeof RETURN_KINDS)[number];

/** What may hold a person in the destination country (recorded by the side where they are). */
export const EXIT_CONDITIONS = ["EXPULSION_ORDER", "FINES", "DETENTION", "EXIT_PERMISSION", "OTHER"] as const;
/** What the person may face at home (recorded by the home side): a citizen is never barred from entry. */
export const RISKS_ON_RETURN = [
  "IRREGULAR_EXIT_PROSECUTION",
  "FAMILY_DANGER",
  "COMMUNITY_DANGER",
  "RECRUITER_REACH",
  "OTHER",
] as const;

/** The documents of a person's that a repatriation's travel may rest on. */
export const DOCUMENT_TYPES = ["PASSPORT", "CERTIFICATE_OF_RETURN"] as const;
export type TravelDocumentType = (typeof DOCUMENT_TYPES)[number];
/** Where the travel document stands, derived from the person's document (lib/repatriations/travel-document.ts). */
export const DOCUMENT_PROGRESS = ["NOT_STARTED", "APPLIED", "ISSUED"] as const;
export type DocumentProgress = (typeof DOCUMENT_PROGRESS)[number];
export const TRANSPORT_MODES = ["AIR", "RAIL", "ROAD", "OTHER"] as const;
