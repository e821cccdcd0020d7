// The words of a situation record, shared by its forms, pages and API.
export const SITUATION_STATUSES = ["OPEN", "MONITORING", "CLOSED"] as const;
export type SituationStatusCode = (typeof SITUATION_STATUSES)[number];
