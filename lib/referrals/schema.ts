import { z } from "zod";
import { SHAREABLE_EXTRA_FIELDS } from "@/lib/victims/policy";

export const createReferralSchema = z.object({
  toOrganisationId: z.uuid("errors.invalidChoice"),
  reason: z.string("errors.required").trim().min(3, "errors.tooShort").max(1000, "errors.tooLong"),
  sharedFields: z
    .array(z.enum(SHAREABLE_EXTRA_FIELDS, "errors.invalidChoice"))
    .max(SHAREABLE_EXTRA_FIELDS.length)
    .default([]),
});
export type CreateReferralInput = z.infer<typeof createReferralSchema>;

export const decideReferralSchema = z
  .object({
    decision: z.enum(["ACCEPT", "DECLINE"], "errors.invalidChoice"),
    reason: z.preprocess((v) => (v === "" ? undefined : v), z.string().trim().max(1000, "errors.tooLong").optional()),
  })
  .superRefine((d, ctx) => {
    if (d.decision === "DECLINE" && !d.reason)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "errors.declineReasonRequired" });
  });
export type DecideReferralInput = z.infer<typeof decideReferralSchema>;
