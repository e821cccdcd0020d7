// The sign-in throttle's limits (lib/auth/throttle.ts), apart from its database code so that
// tests and scripts can read them without a database connection.
export const PAIR_LIMIT = { points: 5, duration: 15 * 60 };
export const ADDRESS_LIMIT = { points: 50, duration: 60 * 60 };
export const ACCOUNT_SLOWDOWN = { after: 10, duration: 60 * 60, stepMs: 500, maxMs: 5_000 };
