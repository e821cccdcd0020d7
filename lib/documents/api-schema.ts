// What the documents API answers (lib/documents/present.ts builds it).
import { z } from "zod";
import {
  DOCUMENT_HOLDERS,
  DOCUMENT_TYPES,
  PERMIT_KINDS,
  RECOVERY_KINDS,
  RECOVERY_OUTCOMES,
  REGISTRATION_STATES,
  REMOVAL_DECISIONS,
} from "./codes";

const day = z.iso.date();

export const documentResponseSchema = z.object({
  id: z.uuid(),
  type: z.enum(DOCUMENT_TYPES),
  issuingCountry: z.string().nullable().describe("ISO 3166-1 alpha-2"),
  number: z.string().nullable(),
  issuedOn: day.nullable(),
  expiresOn: day.nullable(),
  holder: z.enum(DOCUMENT_HOLDERS).describe("Who holds the document now"),
  notes: z.string().nullable(),
  version: z.number().int(),
  steps: z
    .array(
      z.object({
        id: z.uuid(),
        kind: z.enum(RECOVERY_KINDS),
        takenOn: day,
        outcome: z.enum(RECOVERY_OUTCOMES),
        note: z.string().nullable(),
      }),
    )
    .describe("Steps taken to get the document back or replaced, oldest first"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type DocumentResponse = z.infer<typeof documentResponseSchema>;

export const documentListResponseSchema = z.object({ items: z.array(documentResponseSchema) });

export const legalStatusResponseSchema = z.object({
  id: z.uuid(),
  countryCode: z.string().describe("ISO 3166-1 alpha-2: the country this status is in"),
  registration: z.enum(REGISTRATION_STATES),
  registeredUntil: day.nullable(),
  permit: z.enum(PERMIT_KINDS),
  permitUntil: day.nullable(),
  overstaySince: day.nullable(),
  finesOwed: z.string().nullable().describe("A decimal amount, in finesCurrency"),
  finesCurrency: z.string().nullable(),
  finesDueOn: day.nullable(),
  removal: z.enum(REMOVAL_DECISIONS),
  removalDecidedOn: day.nullable(),
  reEntryBanUntil: day.nullable(),
  detainedSince: day.nullable(),
  releasedOn: day.nullable(),
  notes: z.string().nullable(),
  line: z.array(z.string()).describe("The status as facts, most pressing first (keys under legalStatus.line)"),
  nextDue: z
    .object({ key: z.string(), date: day, overdue: z.boolean() })
    .nullable()
    .describe("What falls due next: a fine, the end of a registration or a permit"),
  version: z.number().int(),
  updatedAt: z.iso.datetime(),
});
export type LegalStatusResponse = z.infer<typeof legalStatusResponseSchema>;

export const legalStatusListResponseSchema = z.object({ items: z.array(legalStatusResponseSchema) });
