"use client";
// The ORG_ADMIN's setting: how long members' API tokens may live.
import { useTranslations } from "next-intl";
import { apiTokenSettingsSchema, API_TOKEN_LONGEST_DAYS } from "@/lib/users/schema";
import { updateApiTokenSettingsAction } from "@/lib/users/actions";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";

const TokenLife = defineForm(apiTokenSettingsSchema);

export function TokenLifeForm({ days }: { days: number }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={TokenLife.schema}
      defaults={{ apiTokenMaxDays: days }}
      action={updateApiTokenSettingsAction}
      submitLabel={t("common.save")}
      successMessage={t("tokens.lifeSaved")}
      resetOnSuccess={false}
      testId="token-life-form"
    >
      <TokenLife.Input
        name="apiTokenMaxDays"
        label={t("tokens.lifeDays")}
        hint={t("tokens.lifeHint", { max: API_TOKEN_LONGEST_DAYS })}
        type="number"
        min={1}
        max={API_TOKEN_LONGEST_DAYS}
      />
    </SmallForm>
  );
}
