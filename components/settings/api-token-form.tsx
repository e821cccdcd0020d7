"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { createApiTokenSchema } from "@/lib/users/schema";
import { createApiTokenAction } from "@/lib/users/actions";
import { Field, fieldAria } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";

type FormValues = z.input<typeof createApiTokenSchema>;

/**
 * A new token asks for the password again, and the second factor's code where the user has one
 * (#14.1): a session left open is not enough to mint lasting API access. The form posts (never a
 * GET with the password in the address) even before JavaScript has started.
 */
export function ApiTokenForm({ maxDays, secondFactorOn }: { maxDays: number; secondFactorOn: boolean }) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const empty: FormValues = { name: "", expiresInDays: Math.min(90, maxDays), currentPassword: "", code: "" };
  const form = useForm<FormValues, unknown, z.output<typeof createApiTokenSchema>>({
    resolver: zodResolver(createApiTokenSchema),
    defaultValues: empty,
  });
  const { submit, formError } = useActionSubmit(form, createApiTokenAction, (data) => {
    setSecret(data.secret);
    form.reset(empty);
    router.refresh();
  });
  const { errors, isSubmitting } = form.formState;
  const err = (key?: string) => (key ? t(key) : undefined);
  return (
    <form {...postFallback} className="stack" onSubmit={submit} noValidate data-testid="api-token-form">
      {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
      {secret ? (
        <Alert kind="success">
          {t("settings.tokenCreated")} <code data-testid="new-token">{secret}</code>
        </Alert>
      ) : null}
      <fieldset disabled={isSubmitting}>
        <Field id="tokenName" label={t("settings.tokenName")} error={err(errors.name?.message)}>
          <input {...fieldAria("tokenName", errors.name?.message)} {...form.register("name")} />
        </Field>
        <Field id="expiresInDays" label={t("settings.expiresInDays")} error={err(errors.expiresInDays?.message)} hint={t("tokens.lifeAtMost", { max: maxDays })}>
          <input type="number" min={1} max={maxDays} {...fieldAria("expiresInDays", errors.expiresInDays?.message, "hint")} {...form.register("expiresInDays")} />
        </Field>
        <Field id="tokenCurrentPassword" label={t("settings.currentPassword")} error={err(errors.currentPassword?.message)} hint={t("tokens.reauthHint")}>
          <input type="password" autoComplete="current-password" {...fieldAria("tokenCurrentPassword", errors.currentPassword?.message, "hint")} {...form.register("currentPassword")} />
        </Field>
        {secondFactorOn ? (
          <Field id="tokenCode" label={t("tokens.code")} error={err(errors.code?.message)}>
            <input inputMode="text" autoComplete="one-time-code" {...fieldAria("tokenCode", errors.code?.message)} {...form.register("code")} />
          </Field>
        ) : null}
        <div>
          <SubmitButton busy={isSubmitting} label={t("settings.createToken")} busyLabel={t("common.saving")} />
        </div>
      </fieldset>
    </form>
  );
}
