// Victim-record vocabularies (HTCDS / CTDC), shared by browser and server. Values match the enums
// in prisma/models/victims.prisma; labels live in messages/*.json under "victims".

export const VICTIM_STATUSES = ["ACTIVE", "FOLLOW_UP", "CLOSED", "CLOSED_REFERRED"] as const;
export const RISK_LEVELS = ["HIGH", "MEDIUM", "LOW"] as const;
export const IDENTIFIED_BY = [
  "HOTLINE",
  "NGO_OUTREACH",
  "POLICE",
  "BORDER_GUARD",
  "IOM",
  "EMBASSY",
  "SELF_REFERRAL",
  "OTHER",
] as const;
export const PASSPORT_STATUSES = [
  "WITH_PERSON",
  "HELD_BY_TRAFFICKER_OR_EMPLOYER",
  "LOST",
  "EXPIRED",
  "NONE",
  "UNKNOWN",
] as const;
export const TRAFFICKING_STATUSES = ["POSSIBLE_VICTIM", "ACTUAL_VICTIM", "NOT_A_VICTIM"] as const;
export const EXPLOITATION_TYPES = [
  "FORCED_LABOUR",
  "SEXUAL_EXPLOITATION",
  "CHILD_LABOUR",
  "FORCED_MARRIAGE",
  "SERVITUDE",
  "FORCED_BEGGING",
  "FORCED_CRIMINALITY",
  "ORGAN_REMOVAL",
  "OTHER",
] as const;
export const LABOUR_SECTORS = [
  "CONSTRUCTION",
  "AGRICULTURE",
  "DOMESTIC_WORK",
  "MANUFACTURING",
  "HOSPITALITY",
  "RETAIL_MARKETS",
  "TRANSPORT",
  "SEX_INDUSTRY",
  "OTHER",
] as const;
export const MEANS_OF_CONTROL = [
  "DEBT_BONDAGE",
  "WITHHOLDS_DOCUMENTS",
  "TAKES_EARNINGS",
  "THREATS_TO_PERSON",
  "THREATS_TO_FAMILY",
  "THREATS_OF_LAW_ENFORCEMENT",
  "PHYSICAL_ABUSE",
  "SEXUAL_ABUSE",
  "PSYCHOLOGICAL_ABUSE",
  "RESTRICTED_MOVEMENT",
  "EXCESSIVE_WORKING_HOURS",
  "PSYCHOACTIVE_SUBSTANCES",
  "FALSE_PROMISES",
  "OTHER",
] as const;
export const RECRUITMENT_METHODS = [
  "RELATIVE",
  "FRIEND_OR_NEIGHBOUR",
  "JOB_ADVERTISEMENT",
  "ONLINE_OR_SOCIAL_MEDIA",
  "EMPLOYMENT_AGENCY",
  "STRANGER",
  "OTHER",
] as const;
export const MARITAL_STATUSES = ["SINGLE", "MARRIED", "DIVORCED", "WIDOWED", "SEPARATED", "UNKNOWN"] as const;
export const EDUCATION_LEVELS = ["NONE", "PRIMARY", "SECONDARY", "VOCATIONAL", "HIGHER", "UNKNOWN"] as const;
/** Where a step of the support plan stands. */
export const SUPPORT_STATUSES = ["PLANNED", "IN_PROGRESS", "DONE"] as const;

export const SUPPORT_AREAS = [
  "HEALTH",
  "PSYCHOSOCIAL",
  "LEGAL",
  "SHELTER",
  "EDUCATION",
  "LIVELIHOOD_AND_VOCATIONAL",
  "FINANCIAL",
  "FAMILY_TRACING",
  "DOCUMENTS",
  "REPATRIATION",
] as const;
/** Languages people speak, for the record (ISO 639-1 where there is one). */
export const PERSON_LANGUAGES = ["uz", "tg", "ky", "kk", "tk", "ru", "en", "fa", "ar", "tr", "other"] as const;

/** A case number as typed or read: the organisation's code, the year, the number (TSH-2026-00042). */
export const CASE_NUMBER_PATTERN = /^[A-Z0-9]{2,10}-\d{4}-\d{1,6}$/;
