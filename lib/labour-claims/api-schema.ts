// What the labour claims API answers (lib/labour-claims/present.ts builds it).
import { z } from "zod";
import { CLAIM_ROUTES, CLAIM_STATUSES } from "./codes";

const day = z.iso.date();
const money = z.string().describe("An exact decimal amount with two places, in the claim's currency");

export const labourClaimResponseSchema = z.object({
  id: z.uuid(),
  own: z.boolean().describe("Whether the claim is the asking organisation's (a partner reads its person's line only)"),
  employer: z.object({
    perpetratorId: z.uuid().nullable().describe("The linked perpetrator record, where the asker may open it"),
    name: z.string().nullable().describe("The employer's name; null for a linked record the asker does not see"),
    linked: z.boolean().describe("Whether the employer is a perpetrator record of the organisation's"),
  }),
  countryCode: z.string().describe("ISO 3166-1 alpha-2: where the work was done"),
  workFrom: day.nullable(),
  workTo: day.nullable(),
  currency: z.string().describe("ISO 4217: the currency of every amount of the claim"),
  route: z.enum(CLAIM_ROUTES),
  status: z.enum(CLAIM_STATUSES),
  filedOn: day.nullable(),
  situation: z
    .object({ id: z.uuid(), reference: z.string() })
    .nullable()
    .describe("The organisation's situation of these people (never shown to a partner)"),
  notes: z.string().nullable().describe("The outcome and anything else (never shown to a partner)"),
  person: z.object({ owed: money, recovered: money }).describe("This person's line"),
  others: z
    .array(
      z.discriminatedUnion("shown", [
        z.object({
          shown: z.literal("person"),
          victimId: z.uuid(),
          name: z.string(),
          caseNumber: z.string(),
          owed: money,
          recovered: money,
        }),
        z.object({ shown: z.literal("restricted"), caseNumber: z.string() }),
      ]),
    )
    .describe("The other people of the claim the asker may see (the owner only)"),
  othersNotShown: z
    .number()
    .int()
    .nullable()
    .describe("Other people of the claim the asker does not see (null for a partner)"),
  totals: z
    .object({ owed: money, recovered: money, people: z.number().int() })
    .nullable()
    .describe("Across all the claim's people (the owner only)"),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type LabourClaimResponse = z.infer<typeof labourClaimResponseSchema>;

export const labourClaimListResponseSchema = z.object({ items: z.array(labourClaimResponseSchema) });
