"use client";
// The ORG_ADMIN's setting: how long members' API tokens may live (#14.1).
import { useTranslations } from "next-intl";
import { apiTokenSettingsSchema, API_TOKEN_LONGEST_DAYS } from "@/lib/users/schema";
import { updateApiTokenSettingsAction } from "@/lib/users/actions";
import { Field, fieldAria } from "@/components/ui/field";
import { SmallForm } from "@/components/ui/small-form";

export function TokenLifeForm({ days }: { days: number }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={apiTokenSettingsSchema}
      defaults={{ apiTokenMaxDays: days } as never}
      action={updateApiTokenSettingsAction}
      submitLabel={t("common.save")}
      successMessage={t("tokens.lifeSaved")}
      resetOnSuccess={false}
      testId="token-life-form"
    >
      {(form) => {
        const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
        const err = errors.apiTokenMaxDays?.message ? t(errors.apiTokenMaxDays.message) : undefined;
        return (
          <Field id="apiTokenMaxDays" label={t("tokens.lifeDays")} error={err} hint={t("tokens.lifeHint", { max: API_TOKEN_LONGEST_DAYS })}>
            <input type="number" min={1} max={API_TOKEN_LONGEST_DAYS} {...form.register("apiTokenMaxDays")} {...fieldAria("apiTokenMaxDays", err, "hint")} />
          </Field>
        );
      }}
    </SmallForm>
  );
}
