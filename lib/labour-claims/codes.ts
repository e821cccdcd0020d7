// The vocabularies of a claim for unpaid wages (prisma/models/labour-claims.prisma), for forms and
// the API.
export const CLAIM_ROUTES = ["NEGOTIATION", "LABOUR_INSPECTORATE", "PROSECUTOR", "COURT", "EMBASSY", "OTHER"] as const;
export type ClaimRoute = (typeof CLAIM_ROUTES)[number];

export const CLAIM_STATUSES = [
  "PREPARING",
  "FILED",
  "IN_PROGRESS",
  "PARTLY_RECOVERED",
  "RECOVERED",
  "REJECTED",
  "WITHDRAWN",
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

/** The most people one claim may name (a brigade; a larger group is several claims). */
export const MAX_CLAIM_PEOPLE = 50;

/** The currency a new claim starts in: the country's own where the network works, else US dollars. */
export function claimCurrencyOf(countryCode: string | null): "RUB" | "KZT" | "UZS" | "KGS" | "TJS" | "USD" {
  const own = { RU: "RUB", KZ: "KZT", UZ: "UZS", KG: "KGS", TJ: "TJS" } as const;
  return (countryCode && own[countryCode as keyof typeof own]) || "USD";
}
