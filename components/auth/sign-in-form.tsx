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
import { usePostFallback } from "@/components/ui/post-fallback";

export function SignInForm() {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  // Set once the server says the password was right and the account has a second factor.
  const [askCode, setAskCode] = useState(false);
  const form = useForm<z.input<typeof signInSchema>, unknown, SignInInput>({ resolver: zodResolver(signInSchema), defaultValues: { email: "", password: "", code: "" } });
  const { errors, isSubmitting } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      // An absent code must not be sent at all (signIn would send the text "undefined").
      const { code, ...credentials } = values;
      const result = await signIn("credentials", { ...credentials, ...(code ? { code } : {}), redirect: false });
      if (!result || result.error) {
        if (result?.error === "SECOND_FACTOR_REQUIRED") {
          setAskCode(true);
          return;
        }
        // Same message for unknown account, wrong password and inactive account; throttling
        // counts unknown accounts like real ones, so its message tells nothing either.
        const messages: Record<string, string> = { RATE_LIMITED: "auth.tooManyAttempts", SECOND_FACTOR_WRONG: "errors.secondFactorWrong" };
        setFailure(messages[result?.error ?? ""] ?? "auth.invalidCredentials");
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
    <form {...postFallback} className="stack" onSubmit={submit} noValidate>
      {failure ? <Alert kind="error">{t(failure)}</Alert> : null}
      <fieldset disabled={isSubmitting}>
        <Field id="email" label={t("auth.email")} error={errors.email?.message && t(errors.email.message)}>
          <input type="email" autoComplete="username" autoFocus {...fieldAria("email", errors.email?.message)} {...form.register("email")} />
        </Field>
        <Field id="password" label={t("auth.password")} error={errors.password?.message && t(errors.password.message)}>
          <input type="password" autoComplete="current-password" {...fieldAria("password", errors.password?.message)} {...form.register("password")} />
        </Field>
        {askCode ? (
          <Field id="code" label={t("auth.code")} hint={t("auth.codeHint")} error={errors.code?.message && t(errors.code.message)}>
            <input inputMode="numeric" autoComplete="one-time-code" autoFocus {...fieldAria("code", errors.code?.message, "hint")} {...form.register("code")} />
          </Field>
        ) : null}
        <div>
          <SubmitButton busy={isSubmitting} label={t("auth.signIn")} busyLabel={t("auth.signingIn")} />
        </div>
      </fieldset>
    </form>
  );
}
