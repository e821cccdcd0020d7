"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { signInSchema } from "@/lib/auth/sign-in-schema";
import { defineForm } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { usePostFallback } from "@/components/ui/post-fallback";

const SignIn = defineForm(signInSchema);

export function SignInForm() {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  // Set once the server says the password was right and the account has a second factor.
  const [askCode, setAskCode] = useState(false);
  const form = SignIn.useForm({ defaultValues: { email: "", password: "", code: "" } });
  const { isSubmitting } = form.formState;

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
        const messages: Record<string, string> = {
          RATE_LIMITED: "auth.tooManyAttempts",
          SECOND_FACTOR_WRONG: "errors.secondFactorWrong",
        };
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
    <FormProvider {...form}>
      <form {...postFallback} className="stack" onSubmit={submit} noValidate>
        {failure ? <Alert kind="error">{t(failure)}</Alert> : null}
        <fieldset disabled={isSubmitting}>
          <SignIn.Input name="email" label={t("auth.email")} type="email" autoComplete="username" autoFocus />
          <SignIn.Input name="password" label={t("auth.password")} type="password" autoComplete="current-password" />
          {askCode ? (
            <SignIn.Input
              name="code"
              label={t("auth.code")}
              hint={t("auth.codeHint")}
              inputMode="numeric"
              autoComplete="one-time-code"
              autoFocus
            />
          ) : null}
          <div>
            <SubmitButton busy={isSubmitting} label={t("auth.signIn")} busyLabel={t("auth.signingIn")} />
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
