// What the documents API answers (lib/documents/present.ts builds it).
import { z } from "zod";
import { DOCUMENT_HOLDERS, DOCUMENT_TYPES, RECOVERY_KINDS, RECOVERY_OUTCOMES } from "./codes";

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
