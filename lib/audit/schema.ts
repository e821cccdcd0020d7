import { z } from "zod/mini";
import { optional } from "@/lib/validation/fields";
import { RECORD_TYPES } from "@/lib/vocabulary/records";

/** The ORG_ADMIN's audit viewer and its export: filters on columns only (details hold no personal data). */
export const listAuditQuerySchema = z.object({
  /** An action or its prefix: `auth.`, `victim.read`, `repatriation.` */
  action: optional(z.string().check(z.trim(), z.maxLength(60), z.regex(/^[a-z_.]+$/, "errors.invalidChoice"))),
  actor: optional(z.uuid("errors.invalidChoice")),
  recordType: optional(z.enum(RECORD_TYPES, "errors.invalidChoice")),
  recordId: optional(z.string().check(z.trim(), z.maxLength(64), z.regex(/^[0-9a-zA-Z-]+$/, "errors.invalidChoice"))),
  from: optional(z.iso.date("errors.invalidDate")),
  to: optional(z.iso.date("errors.invalidDate")),
  /** The last event id of the previous page. */
  cursor: optional(z.string().check(z.regex(/^\d{1,19}$/))),
});
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;
