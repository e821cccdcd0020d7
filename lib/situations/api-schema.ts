// What the situations API answers (lib/situations/present.ts builds it).
import { z } from "zod";
import { EXPLOITATION_TYPES, LABOUR_SECTORS, VICTIM_STATUSES } from "@/lib/victims/codes";
import { SEXES } from "@/lib/vocabulary/person";
import { SITUATION_STATUSES } from "./codes";

const day = z.iso.date().nullable();
const member = z.object({ id: z.uuid(), name: z.string() }).nullable();

export const situationListItemResponseSchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  status: z.enum(SITUATION_STATUSES),
  countryCode: z.string(),
  regionCode: z.string().nullable(),
  exploitationTypes: z.array(z.enum(EXPLOITATION_TYPES)),
  peopleEstimated: z.number().int().nullable(),
  peopleIdentified: z.number().int(),
  calls: z.number().int(),
  startedOn: day,
  assignedTo: member,
  createdAt: z.iso.datetime(),
});
export type SituationListItemResponse = z.infer<typeof situationListItemResponseSchema>;

/** A person of the situation as the one visibility rule lets the caller see them. */
const situationPersonSchema = z.discriminatedUnion("shown", [
  z.object({
    shown: z.literal("person"),
    id: z.uuid(),
    caseNumber: z.string().nullable(),
    givenName: z.string().nullable(),
    familyName: z.string().nullable(),
    sex: z.enum(SEXES).nullable(),
    estimatedAge: z.number().int().nullable(),
    status: z.enum(VICTIM_STATUSES).nullable(),
  }),
  z
    .object({ shown: z.literal("restricted"), caseNumber: z.string() })
    .describe("A restricted record: its case number only, until the glass is broken"),
  z.object({ shown: z.literal("hidden") }).describe("A person the caller may not see: counted, never named"),
]);

export const situationResponseSchema = situationListItemResponseSchema
  .omit({ peopleIdentified: true, calls: true })
  .extend({
    closureReason: z.string().nullable(),
    place: z.string().nullable(),
    summary: z.string().nullable(),
    labourSectors: z.array(z.enum(LABOUR_SECTORS)),
    endedOn: day,
    version: z.number().int(),
    createdBy: member,
    people: z.array(situationPersonSchema),
    calls: z
      .array(z.object({ id: z.uuid(), receivedAt: z.iso.datetime() }))
      .describe("The linked calls the caller may read (hotline roles)"),
    callsLinked: z.number().int(),
    figures: z.object({
      identified: z.number().int(),
      inShelter: z.number().int(),
      returnedHome: z.number().int(),
    }),
    notes: z.array(z.object({ id: z.uuid(), createdAt: z.iso.datetime(), author: z.string(), body: z.string() })),
  });
export type SituationResponse = z.infer<typeof situationResponseSchema>;

export const situationLinkResponseSchema = z.object({
  linked: z.boolean().describe("false when it was linked already"),
});
