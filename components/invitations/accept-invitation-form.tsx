"use client";
// The invitee's side of an invitation: a new account chooses its password; an account that exists
// already confirms with its own password (and second-factor code). The token goes back to the
// server in a hidden field of the POST, never in a URL of its own.
import { useState } from "react";
import Link from "next/link";
import { FormProvider } from "react-hook-form";
import { useTranslations } from "next-intl";
import { acceptInvitationSchema, acceptInvitationSignedSchema } from "@/lib/invitations/schema";
import { acceptInvitationAction, acceptInvitationWithAccountAction } from "@/lib/invitations/actions";
import { defineForm } from "@/components/ui/form-field";
import { useSchemaForm } from "@/components/ui/use-schema-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";

// Named against the existing account's schema: the new account's has the same fields but the code.
const Invitation = defineForm(acceptInvitationSignedSchema);

export function AcceptInvitationForm({ token, hasAccount }: { token: string; hasAccount: boolean }) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const [joined, setJoined] = useState(false);
  const schema = hasAccount ? acceptInvitationSignedSchema : acceptInvitationSchema;
  const form = useSchemaForm(schema as typeof acceptInvitationSignedSchema, {
    defaultValues: { token, password: "", code: "" },
  });
  const action = hasAccount ? acceptInvitationWithAccountAction : acceptInvitationAction;
  const { submit, formError } = useActionSubmit(form, action, () => setJoined(true));
  const { errors, isSubmitting } = form.formState;
  // Asked for once the server says the account has a second factor; stays until the form is done.
  const [askCode, setAskCode] = useState(false);
  if (hasAccount && errors.code && !askCode) setAskCode(true);
  if (joined) {
    return (
      <Alert kind="success">
        <span data-testid="invitation-accepted">
          {t(hasAccount ? "invitations.joined" : "invitations.accountReady")}
        </span>{" "}
        <Link href="/sign-in">{t("auth.signIn")}</Link>
      </Alert>
    );
  }
  return (
    <FormProvider {...form}>
      <form {...postFallback} className="stack" onSubmit={submit} noValidate>
        {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
        {/* In the server's HTML too (defaultValue), not only once the form's script has started. */}
        <input type="hidden" defaultValue={token} {...form.register("token")} />
        <fieldset disabled={isSubmitting}>
          <Invitation.Input
            name="password"
            label={t(hasAccount ? "invitations.yourPassword" : "invitations.newPassword")}
            hint={hasAccount ? undefined : t("members.passwordHint")}
            type="password"
            autoComplete={hasAccount ? "current-password" : "new-password"}
          />
          {askCode ? (
            <Invitation.Input
              name="code"
              label={t("auth.code")}
              hint={t("auth.codeHint")}
              inputMode="numeric"
              autoComplete="one-time-code"
            />
          ) : null}
          <div>
            <SubmitButton
              busy={isSubmitting}
              label={t(hasAccount ? "invitations.joinWithAccount" : "invitations.join")}
              busyLabel={t("common.saving")}
            />
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
