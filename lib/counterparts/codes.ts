// The words of the organisation's directory of counterparts outside Tumar
// (prisma/models/counterparts.prisma), shared by forms, pages and the API.
export const COUNTERPART_TYPES = ["EMBASSY_CONSULATE", "IOM", "GOVERNMENT", "NGO", "OTHER"] as const;
export type CounterpartType = (typeof COUNTERPART_TYPES)[number];

/** The list's filter: those still offered (the default), those no longer offered, or all. */
export const COUNTERPART_STATUSES = ["active", "inactive", "all"] as const;
export type CounterpartStatus = (typeof COUNTERPART_STATUSES)[number];
