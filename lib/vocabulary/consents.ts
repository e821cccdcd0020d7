// The kinds of consent a person gives and how it was given: shared by case work (recording one)
// and the consent sheets (a sheet per kind, lib/sheets).
export const CONSENT_KINDS = ["SERVICES", "SHARING", "FAMILY_TRACING", "RETURN", "AUTHORITY_REPORT"] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];
export const CONSENT_METHODS = ["WRITTEN", "VERBAL_WITNESSED", "VERBAL_RECORDED", "GUARDIAN"] as const;
