// What the victims API answers (lib/victims/present.ts builds it). A record shared with the
// caller's organisation carries only the shared field set: every other field is null or empty,
// which is why nearly every field here may be null.
import { z } from "zod";
import {
  EDUCATION_LEVELS,
  EXPLOITATION_TYPES,
  IDENTIFIED_BY,
  LABOUR_SECTORS,
  MARITAL_STATUSES,
  MEANS_OF_CONTROL,
  PASSPORT_STATUSES,
  RECRUITMENT_METHODS,
  RISK_LEVELS,
  SUPPORT_AREAS,
  SUPPORT_STATUSES,
  TRAFFICKING_STATUSES,
  VICTIM_STATUSES,
} from "./codes";
import { SEXES } from "@/lib/vocabulary/person";

const day = z.iso.date().nullable();

/** A record in a list: no contact data, no narrative. */
export const victimListItemResponseSchema = z.object({
  id: z.uuid(),
  caseNumber: z.string().nullable().describe("Empty or null where a shared record does not show it"),
  status: z.enum(VICTIM_STATUSES),
  riskLevel: z.enum(RISK_LEVELS).nullable(),
  givenName: z.string().nullable(),
  familyName: z.string().nullable(),
  givenNameLatin: z.string().nullable(),
  familyNameLatin: z.string().nullable(),
  sex: z.enum(SEXES).nullable(),
  birthDate: day,
  estimatedAge: z.number().int().nullable(),
  citizenships: z.array(z.string()),
  assignedTo: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.iso.datetime().nullable().describe("Null for a shared record: the owner's metadata is not shared"),
});
export type VictimListItemResponse = z.infer<typeof victimListItemResponseSchema>;

export const traffickingEventResponseSchema = z.object({
  id: z.uuid(),
  kind: z.enum(["RECRUITMENT", "TRANSIT", "EXPLOITATION"]),
  countryCode: z.string().nullable(),
  place: z.string().nullable(),
  startedOn: day,
  endedOn: day,
});

export const supportItemResponseSchema = z.object({
  id: z.uuid(),
  area: z.enum(SUPPORT_AREAS),
  status: z.enum(SUPPORT_STATUSES),
  provider: z.string().nullable(),
  plannedOn: day,
  startedOn: day,
  doneOn: day,
});

/** One record: fields outside the caller's visible set (a shared record) are null or empty. */
export const victimResponseSchema = victimListItemResponseSchema.extend({
  shared: z.boolean().describe("True when the record belongs to another organisation and is shared with the caller's"),
  ownerOrganisation: z.string(),
  closureReason: z.string().nullable(),
  restricted: z.boolean().nullable(),
  identifiedOn: day,
  identifiedBy: z.enum(IDENTIFIED_BY).nullable(),
  patronymic: z.string().nullable(),
  patronymicLatin: z.string().nullable(),
  aliases: z.array(z.string()),
  regionOfOrigin: z.string().nullable().describe("ISO 3166-2 code, from the list of a country of citizenship"),
  placeOfOrigin: z.string().nullable().describe("Town or village of origin, as typed"),
  languages: z.array(z.string()),
  maritalStatus: z.enum(MARITAL_STATUSES).nullable(),
  educationLevel: z.enum(EDUCATION_LEVELS).nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  trustedContact: z.string().nullable(),
  passportStatus: z.enum(PASSPORT_STATUSES).nullable(),
  documentNumber: z.string().nullable(),
  documentExpiry: day,
  entryBanUntil: day,
  traffickingStatus: z.enum(TRAFFICKING_STATUSES).nullable(),
  traffickingStatusDecidedBy: z.string().nullable(),
  exploitationTypes: z.array(z.enum(EXPLOITATION_TYPES)),
  labourSectors: z.array(z.enum(LABOUR_SECTORS)),
  meansOfControl: z.array(z.enum(MEANS_OF_CONTROL)),
  recruitmentMethod: z.enum(RECRUITMENT_METHODS).nullable(),
  recruiterRelation: z.string().nullable(),
  narrative: z.string().nullable(),
  events: z.array(traffickingEventResponseSchema),
  supportItems: z.array(supportItemResponseSchema),
  version: z.number().int(),
});
export type VictimResponse = z.infer<typeof victimResponseSchema>;

/** A registration by someone who may register but not read the record: its id only. */
export const registeredVictimIdSchema = z.object({ id: z.uuid() });

export const duplicateCheckResponseSchema = z.object({
  matches: z.array(
    z.object({
      victimId: z.uuid().nullable().describe("Only for a record the caller may open"),
      caseNumber: z.string().nullable(),
      organisationName: z.string(),
      sameOrganisation: z.boolean(),
      reason: z.enum(["document", "name_and_birth_date"]),
    }),
  ),
});
export type DuplicateCheckResponse = z.infer<typeof duplicateCheckResponseSchema>;
