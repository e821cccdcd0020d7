// What GET /api/v1/me answers (lib/users/present.ts builds it).
import { z } from "zod";
import { NETWORK_ROLES, ORG_ROLES } from "@/lib/roles/roles";
import { PERMISSIONS } from "@/lib/roles/permissions";

export const meResponseSchema = z.object({
  user: z.object({ id: z.uuid(), name: z.string(), email: z.string(), locale: z.string() }),
  role: z.enum([...ORG_ROLES, ...NETWORK_ROLES]),
  organisation: z
    .object({ id: z.uuid(), name: z.string(), countryCode: z.string(), timeZone: z.string() })
    .nullable()
    .describe("The organisation the caller acts in now; null for the network administrator"),
  memberships: z.array(
    z.object({
      organisationId: z.uuid(),
      organisationName: z.string(),
      countryCode: z.string(),
      role: z.enum(ORG_ROLES),
    }),
  ),
  permissions: z.array(z.enum(Object.keys(PERMISSIONS) as [keyof typeof PERMISSIONS, ...(keyof typeof PERMISSIONS)[]])),
});
export type MeResponse = z.infer<typeof meResponseSchema>;
