import { z } from "zod/mini";
import { coercedDate } from "@/lib/validation/date";

export const GRANT_SCOPES = ["MINIMAL", "FULL"] as const;

export const createAccessGrantSchema = z.object({
  granteeOrganisationId: z.uuid("errors.invalid"),
  scope: z.enum(GRANT_SCOPES),
  fields: z._default(z.array(z.string().check(z.regex(/^[a-zA-Z.]{1,64}$/))).check(z.maxLength(50)), []),
  reason: z.string().check(z.trim(), z.minLength(3, "errors.tooShort"), z.maxLength(500, "errors.tooLong")),
  expiresAt: z.optional(coercedDate()),
});
export type CreateAccessGrantInput = z.infer<typeof createAccessGrantSchema>;
