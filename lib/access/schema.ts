import { z } from "zod";
import { coercedDate } from "@/lib/validation/date";

export const GRANT_SCOPES = ["MINIMAL", "FULL"] as const;

export const createAccessGrantSchema = z.object({
  granteeOrganisationId: z.uuid("errors.invalid"),
  scope: z.enum(GRANT_SCOPES),
  fields: z
    .array(z.string().regex(/^[a-zA-Z.]{1,64}$/))
    .max(50)
    .default([]),
  reason: z.string().trim().min(3, "errors.tooShort").max(500, "errors.tooLong"),
  expiresAt: coercedDate().optional(),
});
export type CreateAccessGrantInput = z.infer<typeof createAccessGrantSchema>;
