// The words of a situation record, shared by its forms, pages and API.
export const SITUATION_STATUSES = ["OPEN", "MONITORING", "CLOSED"] as const;
export type SituationStatusCode = (typeof SITUATION_STATUSES)[number];

/** An ISO 3166-2 subdivision code: the country, a hyphen, one to three letters or digits (RU-MOS, UZ-TO). */
export const REGION_CODE = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;
