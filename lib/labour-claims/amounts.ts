// Amounts of money kept exact: the decimal strings of the forms and the API ("1500", "19.99") are
// counted in cents as whole numbers (BigInt), never as floats, and written back with two decimals.

/** "19.9" → 1990n. The value must match AMOUNT_PATTERN (lib/validation/fields.ts) (or be a Decimal's toFixed(2)). */
export function toCents(amount: string): bigint {
  const [whole, fraction = ""] = amount.split(".");
  return BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, "0").slice(0, 2) || "0");
}

/** 1990n → "19.90". */
export function fromCents(cents: bigint): string {
  const whole = cents / 100n;
  const rest = cents % 100n;
  return `${whole}.${String(rest).padStart(2, "0")}`;
}

/** The sum of decimal amounts, exact, with two decimals. */
export function sumAmounts(amounts: readonly string[]): string {
  return fromCents(amounts.reduce((sum, a) => sum + toCents(a), 0n));
}

/** Whether `recovered` is more than `owed` (both decimal strings). */
export function exceeds(recovered: string, owed: string): boolean {
  return toCents(recovered) > toCents(owed);
}

/** An amount for people to read: grouped in the locale's way, cents only where there are some, with its currency. */
export function formatAmount(amount: string, currency: string, locale: string): string {
  const whole = amount.endsWith(".00") || !amount.includes(".");
  const number = new Intl.NumberFormat(locale, {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
    // Up to twelve digits and two decimals fit a double exactly enough to print.
  }).format(Number(amount));
  return `${number} ${currency}`;
}
