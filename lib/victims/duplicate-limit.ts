// How often one person may ask the network whether someone is registered already. The answer
// names the organisation that holds a match, so unlimited checks would let a curious or hostile
// member learn, name by name, which organisation holds whom. A registration needs
// a handful of checks (the form asks again as names, birth date or document number change), so
// the limit is far above honest use.
import { consumePerUser } from "@/lib/rate-limit";

/** 60 checks per user per hour (docs/security.md). */
export const DUPLICATE_CHECK_LIMIT = {
  prefix: "dupcheck_user",
  points: 60,
  duration: 60 * 60,
  messageKey: "errors.duplicateCheckLimit",
};

/** Counts one check for the user; refuses with RATE_LIMITED past the limit. */
export async function consumeDuplicateCheck(userId: string): Promise<void> {
  await consumePerUser(DUPLICATE_CHECK_LIMIT, userId);
}
