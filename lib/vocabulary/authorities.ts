// Reporting to the police or another authority: the words shared by a person's reports
// (lib/casework) and a hotline call's "referred to the police" (lib/hotline).
export const AUTHORITIES = [
  "POLICE",
  "PROSECUTOR",
  "LABOUR_INSPECTION",
  "MIGRATION_SERVICE",
  "CHILD_PROTECTION",
  "CONSULATE",
  "OTHER",
] as const;

/** CONSENT: the person's consent; the others are a coordinator's decision without it. */
export const AUTHORITY_REPORT_BASES = ["CONSENT", "CHILD_AT_RISK", "IMMINENT_DANGER"] as const;
export type AuthorityReportBasisCode = (typeof AUTHORITY_REPORT_BASES)[number];
