"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { useTranslations } from "next-intl";
import { createApiTokenSchema } from "@/lib/users/schema";
import { createApiTokenAction } from "@/lib/users/actions";
import { defineForm } from "@/components/ui/form-field";
import type { SchemaFormValues } from "@/components/ui/use-schema-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";

const ApiToken = defineForm(createApiTokenSchema);

/**
 * A new token asks for the password again, and the second factor's code where the user has one
 *: a session left open is not enough to mint lasting API access. The form posts (never a
 * GET with the password in the address) even before JavaScript has started.
 */
export function ApiTokenForm({ maxDays, secondFactorOn }: { maxDays: number; secondFactorOn: boolean }) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const empty: SchemaFormValues<typeof createApiTokenSchema> = {
    name: "",
    expiresInDays: Math.min(90, maxDays),
    currentPassword: "",
    code: "",
  };
  const form = ApiToken.useForm({ defaultValues: empty });
  const { submit, formError } = useActionSubmit(form, createApiTokenAction, (data) => {
    setSecret(data.secret);
    form.reset(empty);
    router.refresh();
  });
  const { isSubmitting } = form.formState;
  return (
    <FormProvider {...form}>
      <form {...postFallback} className="stack" onSubmit={submit} noValidate data-testid="api-token-form">
        {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
        {secret ? (
          <Alert kind="success">
            {t("settings.tokenCreated")} <code data-testid="new-token">{secret}</code>
          </Alert>
        ) : null}
        <fieldset disabled={isSubmitting}>
          <ApiToken.Input name="name" id="tokenName" label={t("settings.tokenName")} />
          <ApiToken.Input
            name="expiresInDays"
            label={t("settings.expiresInDays")}
            hint={t("tokens.lifeAtMost", { max: maxDays })}
            type="number"
            min={1}
            max={maxDays}
          />
          <ApiToken.Input
            name="currentPassword"
            id="tokenCurrentPassword"
            label={t("settings.currentPassword")}
            hint={t("tokens.reauthHint")}
            type="password"
            autoComplete="current-password"
          />
          {secondFactorOn ? (
            <ApiToken.Input
              name="code"
              id="tokenCode"
              label={t("tokens.code")}
              inputMode="text"
              autoComplete="one-time-code"
            />
          ) : null}
          <div>
            <SubmitButton busy={isSubmitting} label={t("settings.createToken")} busyLabel={t("common.saving")} />
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
