// What the proceedings API answers (lib/proceedings/present.ts builds it).
import { z } from "zod";
import {
  HEARING_STATUSES,
  PROCEEDING_AUTHORITIES,
  PROCEEDING_KINDS,
  PROCEEDING_OUTCOMES,
  PROCEEDING_ROLES,
  PROTECTION_MEASURES,
} from "./codes";

const day = z.iso.date();

const hearingResponseSchema = z.object({
  id: z.uuid(),
  heldOn: day,
  timeOfDay: z.string().nullable().describe("HH:MM, the local time where the hearing is held"),
  status: z.enum(HEARING_STATUSES),
  note: z.string().nullable(),
  /** Send it back with a change (PATCH …/hearings/{hearingId}). */
  version: z.number().int(),
});

export const proceedingResponseSchema = z.object({
  id: z.uuid(),
  kind: z.enum(PROCEEDING_KINDS),
  authority: z.enum(PROCEEDING_AUTHORITIES).describe("Who runs the case now"),
  authorityName: z.string().nullable().describe("The court's or the department's own name"),
  countryCode: z.string().describe("ISO 3166-1 alpha-2"),
  caseNumber: z.string().nullable(),
  role: z
    .enum(PROCEEDING_ROLES)
    .describe("The person's part in the case; SUSPECT and ACCUSED are where the non-punishment principle is argued"),
  lawyer: z.string().nullable(),
  openedOn: day.nullable(),
  protectionAsked: z.array(z.enum(PROTECTION_MEASURES)),
  protectionGranted: z.array(z.enum(PROTECTION_MEASURES)),
  compensationClaimed: z.string().nullable().describe("A decimal amount, in compensationCurrency"),
  compensationAwarded: z.string().nullable().describe("A decimal amount, in compensationCurrency"),
  compensationCurrency: z.string().nullable(),
  outcome: z.enum(PROCEEDING_OUTCOMES),
  outcomeOn: day.nullable(),
  notes: z.string().nullable(),
  situationId: z.uuid().nullable().describe("The owner's situation the case is about; null for a partner"),
  perpetratorIds: z
    .array(z.uuid())
    .describe("The owner's perpetrator records the case is against; empty for a partner"),
  hearings: z.array(hearingResponseSchema).describe("Oldest first"),
  nextHearing: hearingResponseSchema.nullable().describe("The earliest hearing still scheduled from today on"),
  version: z.number().int(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ProceedingResponse = z.infer<typeof proceedingResponseSchema>;

export const proceedingListResponseSchema = z.object({ items: z.array(proceedingResponseSchema) });
