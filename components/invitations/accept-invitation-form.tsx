"use client";
// The invitee's side of an invitation: a new account chooses its password; an account that exists
// already confirms with its own password (and second-factor code). The token goes back to the
// server in a hidden field of the POST, never in a URL of its own.
import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { acceptInvitationSchema, acceptInvitationSignedSchema } from "@/lib/invitations/schema";
import { acceptInvitationAction, acceptInvitationWithAccountAction } from "@/lib/invitations/actions";
import { Field, fieldAria } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";

type Values = z.input<typeof acceptInvitationSignedSchema>;

export function AcceptInvitationForm({ token, hasAccount }: { token: string; hasAccount: boolean }) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const [joined, setJoined] = useState(false);
  const schema = hasAccount ? acceptInvitationSignedSchema : acceptInvitationSchema;
  const form = useForm<Values, unknown, z.output<typeof acceptInvitationSignedSchema>>({
    resolver: zodResolver(schema as typeof acceptInvitationSignedSchema),
    defaultValues: { token, password: "", code: "" },
  });
  const action = hasAccount ? acceptInvitationWithAccountAction : acceptInvitationAction;
  const { submit, formError } = useActionSubmit(form, action, () => setJoined(true));
  const { errors, isSubmitting } = form.formState;
  const err = (key?: string) => (key ? t(key) : undefined);
  // Asked for once the server says the account has a second factor; stays until the form is done.
  const [askCode, setAskCode] = useState(false);
  if (hasAccount && errors.code && !askCode) setAskCode(true);
  if (joined) {
    return (
      <Alert kind="success">
        <span data-testid="invitation-accepted">{t(hasAccount ? "invitations.joined" : "invitations.accountReady")}</span>{" "}
        <Link href="/sign-in">{t("auth.signIn")}</Link>
      </Alert>
    );
  }
  return (
    <form {...postFallback} className="stack" onSubmit={submit} noValidate>
      {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
      {/* In the server's HTML too (defaultValue), not only once the form's script has started. */}
      <input type="hidden" defaultValue={token} {...form.register("token")} />
      <fieldset disabled={isSubmitting}>
        <Field
          id="password"
          label={t(hasAccount ? "invitations.yourPassword" : "invitations.newPassword")}
          hint={hasAccount ? undefined : t("members.passwordHint")}
          error={err(errors.password?.message)}
        >
          <input
            type="password"
            autoComplete={hasAccount ? "current-password" : "new-password"}
            {...fieldAria("password", errors.password?.message, hasAccount ? undefined : "hint")}
            {...form.register("password")}
          />
        </Field>
        {askCode ? (
          <Field id="code" label={t("auth.code")} hint={t("auth.codeHint")} error={err(errors.code?.message)}>
            <input inputMode="numeric" autoComplete="one-time-code" {...fieldAria("code", errors.code?.message, "hint")} {...form.register("code")} />
          </Field>
        ) : null}
        <div>
          <SubmitButton busy={isSubmitting} label={t(hasAccount ? "invitations.joinWithAccount" : "invitations.join")} busyLabel={t("common.saving")} />
        </div>
      </fieldset>
    </form>
  );
}
