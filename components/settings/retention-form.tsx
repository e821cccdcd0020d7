"use client";
import { useTranslations } from "next-intl";
import { retentionSettingsSchema } from "@/lib/retention/schema";
import { updateRetentionSettingsAction } from "@/lib/retention/actions";
import { Field, fieldAria } from "@/components/ui/field";
import { SmallForm } from "@/components/ui/small-form";

export function RetentionForm({ callDays, caseDays }: { callDays: number | null; caseDays: number | null }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={retentionSettingsSchema}
      defaults={{ retentionCallDays: callDays ?? "", retentionClosedCaseDays: caseDays ?? "" } as never}
      action={updateRetentionSettingsAction}
      submitLabel={t("common.save")}
      successMessage={t("retention.saved")}
      resetOnSuccess={false}
    >
      {(form) => {
        const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
        const err = (n: string) => (errors[n]?.message ? t(errors[n]!.message!) : undefined);
        return (
          <div className="form-row">
            <Field id="retentionCallDays" label={t("retention.callDays")} error={err("retentionCallDays")} hint={t("retention.emptyKeeps")}>
              <input type="number" min={30} max={18250} {...form.register("retentionCallDays")} {...fieldAria("retentionCallDays", err("retentionCallDays"), "hint")} />
            </Field>
            <Field id="retentionClosedCaseDays" label={t("retention.caseDays")} error={err("retentionClosedCaseDays")} hint={t("retention.emptyKeeps")}>
              <input type="number" min={30} max={18250} {...form.register("retentionClosedCaseDays")} {...fieldAria("retentionClosedCaseDays", err("retentionClosedCaseDays"), "hint")} />
            </Field>
          </div>
        );
      }}
    </SmallForm>
  );
}
