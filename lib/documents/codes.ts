// The vocabularies of a person's documents (prisma/models/documents.prisma), for forms and the API.
export const DOCUMENT_TYPES = [
  "PASSPORT",
  "INTERNAL_ID",
  "BIRTH_CERTIFICATE",
  "MIGRATION_CARD",
  "WORK_PERMIT",
  "REGISTRATION",
  "CERTIFICATE_OF_RETURN",
  "OTHER",
] as const;

export const DOCUMENT_HOLDERS = [
  "PERSON",
  "EMPLOYER",
  "TRAFFICKER",
  "POLICE",
  "CONSULATE",
  "ORGANISATION",
  "LOST",
  "DESTROYED",
  "UNKNOWN",
] as const;

/** Holders that mean the person does not have the document and work may be needed to get it back. */
export const NOT_WITH_PERSON: readonly (typeof DOCUMENT_HOLDERS)[number][] = [
  "EMPLOYER",
  "TRAFFICKER",
  "POLICE",
  "LOST",
  "DESTROYED",
];

export const RECOVERY_KINDS = [
  "ASKED_HOLDER",
  "POLICE_REPORT",
  "CONSULATE_REQUEST",
  "REPLACEMENT_APPLIED",
  "REPLACEMENT_ISSUED",
  "RETURNED_TO_PERSON",
  "OTHER",
] as const;

export const RECOVERY_OUTCOMES = ["PENDING", "SUCCEEDED", "REFUSED", "NO_ANSWER"] as const;

export const REGISTRATION_STATES = ["REGISTERED", "NOT_REGISTERED", "EXPIRED", "UNKNOWN"] as const;
export const PERMIT_KINDS = ["NONE", "WORK_PERMIT", "PATENT", "RESIDENCE_PERMIT", "UNKNOWN"] as const;
export const REMOVAL_DECISIONS = ["NONE", "ADMINISTRATIVE_EXPULSION", "DEPORTATION", "READMISSION"] as const;
