// Sign-in throttling (rate-limiter-flexible, counters in PostgreSQL so every app instance shares
// them). Three counters of failed attempts:
// - account + address: 5 failures in 15 minutes block that pair for 15 minutes. The attacker's
//   address is stopped; the real user, signing in from elsewhere, is not locked out.
// - address: 50 failures in an hour (any accounts) block the address for an hour: credential
//   stuffing from one place.
// - account: from 10 failures in an hour (any addresses) each further attempt is slowed, never
//   refused, so an attacker cannot lock the real user out but cannot guess fast either.
// Counters are keyed by a keyed hash of the email, never the email itself, and count unknown
// accounts exactly like real ones, so throttling tells nothing about which accounts exist.
import { RateLimiterPrisma, type RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { lookupHash } from "@/lib/crypto";

import { ACCOUNT_SLOWDOWN, ADDRESS_LIMIT, PAIR_LIMIT } from "./throttle-limits";

export { ACCOUNT_SLOWDOWN, ADDRESS_LIMIT, PAIR_LIMIT };

let limiters: { pair: RateLimiterPrisma; address: RateLimiterPrisma; account: RateLimiterPrisma } | null = null;

function getLimiters() {
  limiters ??= {
    pair: new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix: "signin_pair", ...PAIR_LIMIT }),
    address: new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: "signin_addr",
      ...ADDRESS_LIMIT,
    }),
    account: new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: "signin_acct",
      points: 10_000,
      duration: ACCOUNT_SLOWDOWN.duration,
    }),
  };
  return limiters;
}

export class SignInThrottled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED");
  }
}

function keysOf(email: string, address: string) {
  const account = lookupHash(`signin:${email}`);
  return { pair: `${account}:${address}`, address, account };
}

const used = (res: RateLimiterRes | null) => res?.consumedPoints ?? 0;

/** Before checking a password: refuses a blocked pair or address, and says how long to slow the answer. */
export async function beforeSignIn(email: string, address: string): Promise<{ delayMs: number }> {
  const keys = keysOf(email, address);
  const l = getLimiters();
  const [pair, byAddress, account] = await Promise.all([
    l.pair.get(keys.pair),
    l.address.get(keys.address),
    l.account.get(keys.account),
  ]);
  if (used(pair) >= PAIR_LIMIT.points) throw new SignInThrottled(Math.ceil((pair?.msBeforeNext ?? 0) / 1000));
  if (used(byAddress) >= ADDRESS_LIMIT.points)
    throw new SignInThrottled(Math.ceil((byAddress?.msBeforeNext ?? 0) / 1000));
  const excess = used(account) - ACCOUNT_SLOWDOWN.after + 1;
  return { delayMs: excess > 0 ? Math.min(ACCOUNT_SLOWDOWN.maxMs, excess * ACCOUNT_SLOWDOWN.stepMs) : 0 };
}

export async function recordSignInFailure(email: string, address: string) {
  const keys = keysOf(email, address);
  const l = getLimiters();
  await Promise.all([
    l.pair.penalty(keys.pair, 1),
    l.address.penalty(keys.address, 1),
    l.account.penalty(keys.account, 1),
  ]);
}

/** A success clears the pair's count (the user got it right from there); the others keep counting. */
export async function recordSignInSuccess(email: string, address: string) {
  await getLimiters().pair.delete(keysOf(email, address).pair);
}
