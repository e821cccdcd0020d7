// Victim-record vocabularies (HTCDS / CTDC), shared by browser and server.
export const SEXES = ["FEMALE", "MALE", "TRANSGENDER_FEMALE", "TRANSGENDER_MALE", "NON_CONFORMING", "UNKNOWN"] as const;
export type SexCode = (typeof SEXES)[number];
