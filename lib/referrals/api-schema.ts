// What the referrals API answers (lib/referrals/present.ts builds it).
import { z } from "zod";

export const referralResponseSchema = z.object({
  id: z.uuid(),
  status: z.enum(["PENDING", "ACCEPTED", "DECLINED", "REVOKED"]),
  reason: z.string(),
  sharedFields: z.array(z.string()).describe("Fields shared beyond the minimal set once the receiver accepts"),
  fromOrganisation: z.string(),
  toOrganisation: z.string(),
  createdAt: z.iso.datetime(),
});
export type ReferralResponse = z.infer<typeof referralResponseSchema>;
