// How a person is described wherever one is recorded: on a hotline call (the person the call is
// about) and on a person's record. One list, read by both, so a call's figures and the people's
// figures count the same categories (CTDC's gender categories).
export const SEXES = ["FEMALE", "MALE", "TRANSGENDER_FEMALE", "TRANSGENDER_MALE", "NON_CONFORMING", "UNKNOWN"] as const;
export type SexCode = (typeof SEXES)[number];
