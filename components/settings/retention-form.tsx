"use client";
import { useTranslations } from "next-intl";
import { retentionSettingsSchema } from "@/lib/retention/schema";
import { updateRetentionSettingsAction } from "@/lib/retention/actions";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";

const Retention = defineForm(retentionSettingsSchema);

export function RetentionForm({ callDays, caseDays }: { callDays: number | null; caseDays: number | null }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Retention.schema}
      defaults={{ retentionCallDays: callDays ?? "", retentionClosedCaseDays: caseDays ?? "" }}
      action={updateRetentionSettingsAction}
      submitLabel={t("common.save")}
      successMessage={t("retention.saved")}
      resetOnSuccess={false}
    >
      <div className="form-row">
        <Retention.Input
          name="retentionCallDays"
          label={t("retention.callDays")}
          hint={t("retention.emptyKeeps")}
          type="number"
          min={30}
          max={18250}
        />
        <Retention.Input
          name="retentionClosedCaseDays"
          label={t("retention.caseDays")}
          hint={t("retention.emptyKeeps")}
          type="number"
          min={30}
          max={18250}
        />
      </div>
    </SmallForm>
  );
}
