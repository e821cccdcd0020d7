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

export function ApiTokenForm() {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const [secret, setSecret] = useState<string | null>(null);
  const form = useForm<FormValues, unknown, z.output<typeof createApiTokenSchema>>({
    resolver: zodResolver(createApiTokenSchema),
    defaultValues: { name: "", expiresInDays: 90 },
  });
  const { submit, formError } = useActionSubmit(form, createApiTokenAction, (data) => {
    setSecret(data.secret);
    form.reset({ name: "", expiresInDays: 90 });
    router.refresh();
  });
  const { errors, isSubmitting } = form.formState;
  const err = (key?: string) => (key ? t(key) : undefined);
  return (
    <form {...postFallback} className="stack" onSubmit={submit} noValidate>
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
        <Field id="expiresInDays" label={t("settings.expiresInDays")} error={err(errors.expiresInDays?.message)}>
          <input type="number" min={1} max={365} {...fieldAria("expiresInDays", errors.expiresInDays?.message)} {...form.register("expiresInDays")} />
        </Field>
        <div>
          <SubmitButton busy={isSubmitting} label={t("settings.createToken")} busyLabel={t("common.saving")} />
        </div>
      </fieldset>
    </form>
  );
}
