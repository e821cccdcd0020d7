// What the perpetrators API answers (lib/perpetrators/present.ts builds it).
import { z } from "zod";
import {
  IDENTIFIER_KINDS,
  PERPETRATOR_CONFIDENCES,
  PERPETRATOR_KINDS,
  PERPETRATOR_RELATIONS,
  PERPETRATOR_ROLES,
  PERPETRATOR_SOURCES,
} from "./codes";

export const perpetratorListItemResponseSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PERPETRATOR_KINDS),
  name: z.string(),
  roles: z.array(z.enum(PERPETRATOR_ROLES)),
  relation: z.enum(PERPETRATOR_RELATIONS).nullable(),
  nationality: z.string().nullable(),
  activeIn: z.array(z.string()),
  source: z.enum(PERPETRATOR_SOURCES),
  confidence: z.enum(PERPETRATOR_CONFIDENCES),
  situations: z.number().int(),
  sharedBy: z
    .string()
    .nullable()
    .describe("For a record a partner shared with the caller's organisation (read only): that organisation's name"),
  createdAt: z.iso.datetime(),
});
export type PerpetratorListItemResponse = z.infer<typeof perpetratorListItemResponseSchema>;

export const perpetratorResponseSchema = perpetratorListItemResponseSchema.extend({
  aliases: z.array(z.string()),
  notes: z.string().nullable().describe("Never in a shared record"),
  sharedScope: z
    .enum(["MINIMAL", "FULL"])
    .nullable()
    .describe("A shared record: FULL includes its identifiers, MINIMAL not"),
  version: z.number().int(),
  identifiers: z.array(z.object({ id: z.uuid(), kind: z.enum(IDENTIFIER_KINDS), value: z.string() })),
  linkedSituations: z.array(
    z.object({ id: z.uuid(), reference: z.string(), role: z.enum(PERPETRATOR_ROLES).nullable() }),
  ),
});
export type PerpetratorResponse = z.infer<typeof perpetratorResponseSchema>;

export const perpetratorMatchResponseSchema = z.object({
  own: z.array(perpetratorListItemResponseSchema).describe("The organisation's own matching records the caller sees"),
  otherOrganisations: z
    .number()
    .int()
    .describe("How many other organisations recorded a match; never which, never what"),
});
export type PerpetratorMatchResponse = z.infer<typeof perpetratorMatchResponseSchema>;
