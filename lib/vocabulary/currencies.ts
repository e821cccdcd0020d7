// Currencies of the countries this network works in and those migrants' money is counted in
// (fines, wages owed and recovered): ISO 4217 codes.
export const CURRENCIES = ["RUB", "KZT", "UZS", "KGS", "TJS", "TMT", "USD", "EUR", "TRY", "AED", "CNY", "AZN"] as const;
export type Currency = (typeof CURRENCIES)[number];
