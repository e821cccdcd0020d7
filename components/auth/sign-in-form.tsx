"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { signInSchema, type SignInInput } from "@/lib/users/schema";
import { Field, fieldAria } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";

export function SignInForm() {
  const t = useTranslations();
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<z.input<typeof signInSchema>, unknown, SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "" } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const result = await signIn("credentials", { ...values, redirect: false });
      if (!result || result.error) {
        // Same message for unknown account, wrong password and inactive account; throttling
        // counts unknown accounts like real ones, so its message tells nothing either.
        setFailure(result?.error === "RATE_LIMITED" ? "auth.tooManyAttempts" : "auth.invalidCredentials");
        return;
      }
      // Refresh so the root layout renders again in the user's saved language.
      router.replace("/");
      router.refresh();
    } catch {
      setFailure("errors.network");
    }
  });

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {failure ? <Alert kind="error">{t(failure)}</Alert> : null}
      <fieldset disabled={isSubmitting}>
        <Field id="email" label={t("auth.email")} error={errors.email?.message && t(errors.email.message)}>
          <input type="email" autoComplete="username" autoFocus {...fieldAria("email", errors.email?.message)} {...form.register("email")} />
        </Field>
        <Field id="password" label={t("auth.password")} error={errors.password?.message && t(errors.password.message)}>
          <input type="password" autoComplete="current-password" {...fieldAria("password", errors.password?.message)} {...form.register("password")} />
        </Field>
        <div>
          <SubmitButton busy={isSubmitting} label={t("auth.signIn")} busyLabel={t("auth.signingIn")} />
        </div>
      </fieldset>
    </form>
  );
}
