// Written with `zod/mini` (decision 0039): the forms check their input in the browser with these.
import { z } from "zod/mini";
import { preprocess, trimmedText } from "@/lib/validation/fields";
import { SHAREABLE_EXTRA_FIELDS } from "@/lib/victims/policy";

export const createReferralSchema = z.object({
  toOrganisationId: z.uuid("errors.invalidChoice"),
  reason: z
    .string("errors.required")
    .check(z.trim(), z.minLength(3, "errors.tooShort"), z.maxLength(1000, "errors.tooLong")),
  sharedFields: z._default(
    z.array(z.enum(SHAREABLE_EXTRA_FIELDS, "errors.invalidChoice")).check(z.maxLength(SHAREABLE_EXTRA_FIELDS.length)),
    [],
  ),
});
export type CreateReferralInput = z.infer<typeof createReferralSchema>;

export const decideReferralSchema = z
  .object({
    decision: z.enum(["ACCEPT", "DECLINE"], "errors.invalidChoice"),
    reason: preprocess((v) => (v === "" ? undefined : v), z.optional(trimmedText(1000))),
  })
  .check(
    z.superRefine((d, ctx) => {
      if (d.decision === "DECLINE" && !d.reason)
        ctx.addIssue({ code: "custom", path: ["reason"], message: "errors.declineReasonRequired" });
    }),
  );
export type DecideReferralInput = z.infer<typeof decideReferralSchema>;
