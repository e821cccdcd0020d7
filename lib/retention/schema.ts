// Written with `zod/mini` (decision 0039): the settings form checks its input in the browser with this.
import { z } from "zod/mini";
import { preprocess } from "@/lib/validation/fields";

const days = preprocess(
  (v) => (v === "" || v === null || v === undefined ? null : Number(v)),
  z.nullable(
    z
      .number("errors.invalid")
      .check(
        z.int("errors.invalid"),
        z.minimum(30, "errors.retentionRange"),
        z.maximum(18250, "errors.retentionRange"),
      ),
  ),
);

/** An organisation's retention periods, in days; empty keeps the records. */
export const retentionSettingsSchema = z.object({
  retentionCallDays: days,
  retentionClosedCaseDays: days,
});
export type RetentionSettingsInput = z.infer<typeof retentionSettingsSchema>;
