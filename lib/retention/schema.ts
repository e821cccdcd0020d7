import { z } from "zod";

const days = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? null : Number(v)),
  z
    .number("errors.invalid")
    .int("errors.invalid")
    .min(30, "errors.retentionRange")
    .max(18250, "errors.retentionRange")
    .nullable(),
);

/** An organisation's retention periods, in days; empty keeps the records. */
export const retentionSettingsSchema = z.object({
  retentionCallDays: days,
  retentionClosedCaseDays: days,
});
export type RetentionSettingsInput = z.infer<typeof retentionSettingsSchema>;
