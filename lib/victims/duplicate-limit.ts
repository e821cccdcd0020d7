// How often one person may ask the network whether someone is registered already. The answer
// names the organisation that holds a match, so unlimited checks would let a curious or hostile
// member learn, name by name, which organisation holds whom. A registration needs
// a handful of checks (the form asks again as names, birth date or document number change), so
// the limit is far above honest use. Counters live in PostgreSQL, shared by every app instance.
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** 60 checks per user per hour (docs/security.md). */
export const DUPLICATE_CHECK_LIMIT = { points: 60, duration: 60 * 60 };

let limiter: RateLimiterPrisma | null = null;

/** Counts one check for the user; refuses with RATE_LIMITED past the limit. */
export async function consumeDuplicateCheck(userId: string): Promise<void> {
  limiter ??= new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix: "dupcheck_user",
    ...DUPLICATE_CHECK_LIMIT,
  });
  try {
    await limiter.consume(userId, 1);
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new AppError("RATE_LIMITED", "errors.duplicateCheckLimit");
    throw error;
  }
}
