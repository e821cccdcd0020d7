// What the counterparts API answers (lib/counterparts/present.ts builds it).
import { z } from "zod";
import { COUNTERPART_TYPES } from "./codes";

export const counterpartResponseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  countryCode: z
    .string()
    .describe("ISO 3166-1 alpha-2: for an embassy or consulate the country it represents, otherwise where it works"),
  type: z.enum(COUNTERPART_TYPES),
  contactPerson: z.string().nullable().describe("The official to ask for, if the office gave one"),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  notes: z.string().nullable(),
  active: z.boolean().describe("False: no longer offered in forms; kept on the cases that name it"),
  /** Send it back with a change (PATCH /api/v1/counterparts/{id}). */
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type CounterpartResponse = z.infer<typeof counterpartResponseSchema>;
