// The words of a perpetrator record (HTCDS's perpetrator context), shared by forms, pages and API.
export const PERPETRATOR_KINDS = ["PERSON", "ORGANISATION"] as const;
export const PERPETRATOR_ROLES = [
  "RECRUITER",
  "BROKER",
  "TRANSPORTER",
  "EXPLOITER",
  "DOCUMENT_FORGER",
  "CORRUPT_OFFICIAL",
  "OTHER",
] as const;
export const PERPETRATOR_RELATIONS = [
  "FAMILY",
  "INTIMATE_PARTNER",
  "FRIEND",
  "NEIGHBOUR",
  "FORMER_VICTIM",
  "EMPLOYER",
  "STRANGER",
  "OFFICIAL",
  "UNKNOWN",
] as const;
export const PERPETRATOR_SOURCES = ["VICTIM", "THIRD_PARTY", "STAFF", "POLICE", "COURT"] as const;
export const PERPETRATOR_CONFIDENCES = ["ALLEGED", "PROBABLE", "CONFIRMED"] as const;
export const IDENTIFIER_KINDS = [
  "PHONE",
  "DOCUMENT",
  "COMPANY_REGISTRATION",
  "VEHICLE_PLATE",
  "ADDRESS",
  "ONLINE_ACCOUNT",
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];
