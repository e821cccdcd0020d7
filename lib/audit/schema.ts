import { z } from "zod";
import { RECORD_TYPES } from "@/lib/vocabulary/records";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optional = <S extends z.ZodType>(schema: S) => z.preprocess(blankToUndefined, schema.optional());

/** The ORG_ADMIN's audit viewer and its export: filters on columns only (details hold no personal data). */
export const listAuditQuerySchema = z.object({
  /** An action or its prefix: `auth.`, `victim.read`, `repatriation.` */
  action: optional(
    z
      .string()
      .trim()
      .max(60)
      .regex(/^[a-z_.]+$/, "errors.invalidChoice"),
  ),
  actor: optional(z.uuid("errors.invalidChoice")),
  recordType: optional(z.enum(RECORD_TYPES, "errors.invalidChoice")),
  recordId: optional(
    z
      .string()
      .trim()
      .max(64)
      .regex(/^[0-9a-zA-Z-]+$/, "errors.invalidChoice"),
  ),
  from: optional(z.iso.date("errors.invalidDate")),
  to: optional(z.iso.date("errors.invalidDate")),
  /** The last event id of the previous page. */
  cursor: optional(z.string().regex(/^\d{1,19}$/)),
});
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;
