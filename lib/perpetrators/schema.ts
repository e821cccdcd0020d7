// Perpetrator forms and API bodies, validated in the browser and again on the server. Messages are
// translation keys.
import { z } from "zod/mini";
import { choice, optional, trimmedText } from "@/lib/validation/fields";
import { countryField } from "@/lib/i18n/country-codes";
import {
  IDENTIFIER_KINDS,
  PERPETRATOR_CONFIDENCES,
  PERPETRATOR_KINDS,
  PERPETRATOR_RELATIONS,
  PERPETRATOR_ROLES,
  PERPETRATOR_SOURCES,
} from "./codes";

const country = countryField;
const name = z
  .string("errors.required")
  .check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(200, "errors.tooLong"));

export const identifierSchema = z.object({
  kind: choice(IDENTIFIER_KINDS),
  value: z
    .string("errors.required")
    .check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(300, "errors.tooLong")),
});
export type IdentifierInput = z.infer<typeof identifierSchema>;

export const createPerpetratorSchema = z.object({
  kind: z._default(choice(PERPETRATOR_KINDS), "PERSON"),
  name,
  aliases: z._default(z.array(name).check(z.maxLength(10, "errors.tooMany")), []),
  roles: z._default(
    z.array(choice(PERPETRATOR_ROLES)).check(z.maxLength(PERPETRATOR_ROLES.length, "errors.tooMany")),
    [],
  ),
  relation: optional(choice(PERPETRATOR_RELATIONS)),
  nationality: optional(country),
  activeIn: z._default(z.array(country).check(z.maxLength(10, "errors.tooMany")), []),
  identifiers: z._default(z.array(identifierSchema).check(z.maxLength(20, "errors.tooMany")), []),
  notes: optional(trimmedText(4000)),
  source: choice(PERPETRATOR_SOURCES),
  confidence: z._default(choice(PERPETRATOR_CONFIDENCES), "ALLEGED"),
  /** A situation to link the new record to, with the part it played there. */
  situationId: optional(z.uuid("errors.invalid")),
});
export type CreatePerpetratorInput = z.infer<typeof createPerpetratorSchema>;

/** "Seen before?": a name and/or identifiers, as typed into the form. */
export const perpetratorMatchSchema = z
  .object({
    name: optional(trimmedText(200)),
    identifiers: z._default(z.array(identifierSchema).check(z.maxLength(20, "errors.tooMany")), []),
  })
  .check(z.refine((v) => Boolean(v.name) || v.identifiers.length > 0, { message: "errors.required", path: ["name"] }));
export type PerpetratorMatchInput = z.infer<typeof perpetratorMatchSchema>;

/** The list (page and API): newest first, by part played and kind. */
export const listPerpetratorsQuerySchema = z.object({
  role: z.optional(z.enum(PERPETRATOR_ROLES)),
  kind: z.optional(z.enum(PERPETRATOR_KINDS)),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
});
export type ListPerpetratorsQuery = z.infer<typeof listPerpetratorsQuerySchema>;

export const linkPerpetratorSchema = z.object({
  perpetratorId: z.uuid("errors.invalid"),
  role: optional(choice(PERPETRATOR_ROLES)),
});
export type LinkPerpetratorInput = z.infer<typeof linkPerpetratorSchema>;

/** On a call's page: a perpetrator record the caller named, with their part. */
export const linkPerpetratorToCallSchema = z.extend(linkPerpetratorSchema, {
  perpetratorId: z.uuid("errors.choosePerpetrator"),
});

/** On a person's page: a perpetrator record's part in what happened to them. */
export const linkPerpetratorToPersonSchema = z.extend(linkPerpetratorSchema, {
  perpetratorId: z.uuid("errors.choosePerpetrator"),
  guardian: z._default(z.boolean(), false),
});
export type LinkPerpetratorToPersonInput = z.infer<typeof linkPerpetratorToPersonSchema>;

/** The situation page's form: one phone beside the name (the API takes any identifiers). */
export const perpetratorFormSchema = z.object({
  name: z
    .string("errors.required")
    .check(z.trim(), z.minLength(1, "errors.required"), z.maxLength(200, "errors.tooLong")),
  role: choice(PERPETRATOR_ROLES),
  relation: optional(choice(PERPETRATOR_RELATIONS)),
  phone: z.optional(trimmedText(40)),
  source: choice(PERPETRATOR_SOURCES),
});

/** Asking the organisations that recorded a match to get in touch. */
export const contactRequestSchema = z.object({
  message: z
    .string("errors.required")
    .check(z.trim(), z.minLength(10, "errors.tooShort"), z.maxLength(2000, "errors.tooLong")),
});
export type ContactRequestInput = z.infer<typeof contactRequestSchema>;

/** An asked organisation's answer (how to reach them, what they know), or its refusal. */
export const answerContactRequestSchema = z
  .object({
    answer: optional(trimmedText(2000)),
    decline: z._default(z.boolean(), false),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (!value.decline && (value.answer ?? "").length < 10)
        ctx.addIssue({ code: "custom", path: ["answer"], message: "errors.tooShort" });
    }),
  );
export type AnswerContactRequestInput = z.infer<typeof answerContactRequestSchema>;

/** Sharing a record with a partner (lib/perpetrators/sharing.ts): through which person's grant, and how much. */
export const sharePerpetratorSchema = z.object({
  basisGrantId: z.uuid("errors.required"),
  scope: z._default(choice(["MINIMAL", "FULL"] as const), "MINIMAL"),
});
export type SharePerpetratorInput = z.infer<typeof sharePerpetratorSchema>;
