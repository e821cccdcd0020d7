// Per-user limits on lookups that tell something about the network (is this person registered
// elsewhere, was this recruiter seen elsewhere): unlimited, they would let a member learn record by
// record what other organisations hold. Counters live in PostgreSQL, shared by every app instance.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

export interface PerUserLimit {
  /** The counters' key prefix in the rateLimit table. */
  prefix: string;
  points: number;
  /** Seconds. */
  duration: number;
  /** The error message (translation key) past the limit. */
  messageKey: string;
}

const limiters = new Map<string, RateLimiterPrisma>();

/** Counts one use for the user; refuses with RATE_LIMITED past the limit. */
export async function consumePerUser(limit: PerUserLimit, userId: string): Promise<void> {
  let limiter = limiters.get(limit.prefix);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: db,
      tableName: "rateLimit",
      keyPrefix: limit.prefix,
      points: limit.points,
      duration: limit.duration,
    });
    limiters.set(limit.prefix, limiter);
  }
  try {
    await limiter.consume(userId, 1);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new AppError("RATE_LIMITED", limit.messageKey);
    throw error;
  }
}
