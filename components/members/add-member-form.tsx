"use client";
import { useState } from "react";
import { FormProvider } from "react-hook-form";
import { useTranslations } from "next-intl";
import { createMemberSchema } from "@/lib/users/schema";
import { createMemberAction } from "@/lib/users/actions";
import { RoleOptions } from "./role-options";
import { defineForm } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { InvitationLink } from "@/components/invitations/invitation-link";
import type { InvitationLinkView } from "@/lib/invitations/schema";
import { usePostFallback } from "@/components/ui/post-fallback";

const Member = defineForm(createMemberSchema);

export function AddMemberForm() {
  const t = useTranslations();
  const postFallback = usePostFallback();
  // The invitation's link, shown once: the new member sets their own password there.
  const [invitation, setInvitation] = useState<(InvitationLinkView & { name: string }) | null>(null);
  const form = Member.useForm({ defaultValues: { name: "", email: "", role: "CASE_WORKER" } });
  const { submit, formError } = useActionSubmit(form, createMemberAction, (data) => {
    setInvitation({ ...data, name: form.getValues("name") });
    form.reset();
  });
  const { isSubmitting } = form.formState;
  return (
    <FormProvider {...form}>
      <form {...postFallback} className="stack" onSubmit={submit} noValidate>
        {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
        {invitation ? <Alert kind="success">{t("members.invited", { name: invitation.name })}</Alert> : null}
        {invitation ? <InvitationLink path={invitation.path} expiresAt={invitation.expiresAt} /> : null}
        <fieldset disabled={isSubmitting}>
          <Member.Input name="name" label={t("members.name")} autoComplete="off" />
          <Member.Input name="email" label={t("members.email")} type="email" autoComplete="off" />
          <Member.Select name="role" label={t("members.role")}>
            <RoleOptions />
          </Member.Select>
          <div>
            <SubmitButton busy={isSubmitting} label={t("members.invite")} busyLabel={t("common.saving")} />
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
