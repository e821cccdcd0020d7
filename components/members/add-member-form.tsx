"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { createMemberSchema, type CreateMemberInput } from "@/lib/users/schema";
import { createMemberAction } from "@/lib/users/actions";
import { RoleOptions } from "./role-options";
import { Field, fieldAria } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { InvitationLink } from "@/components/invitations/invitation-link";
import type { InvitationLinkView } from "@/lib/invitations/schema";
import { usePostFallback } from "@/components/ui/post-fallback";

export function AddMemberForm() {
  const t = useTranslations();
  const postFallback = usePostFallback();
  // The invitation's link, shown once (#14.13): the new member sets their own password there.
  const [invitation, setInvitation] = useState<(InvitationLinkView & { name: string }) | null>(null);
  const form = useForm<z.input<typeof createMemberSchema>, unknown, CreateMemberInput>({
    resolver: zodResolver(createMemberSchema),
    defaultValues: { name: "", email: "", role: "CASE_WORKER" },
  });
  const { submit, formError } = useActionSubmit(form, createMemberAction, (data) => {
    setInvitation({ ...data, name: form.getValues("name") });
    form.reset();
  });
  const { errors, isSubmitting } = form.formState;
  const err = (key?: string) => (key ? t(key) : undefined);
  return (
    <form {...postFallback} className="stack" onSubmit={submit} noValidate>
      {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
      {invitation ? <Alert kind="success">{t("members.invited", { name: invitation.name })}</Alert> : null}
      {invitation ? <InvitationLink path={invitation.path} expiresAt={invitation.expiresAt} /> : null}
      <fieldset disabled={isSubmitting}>
        <Field id="name" label={t("members.name")} error={err(errors.name?.message)}>
          <input autoComplete="off" {...fieldAria("name", errors.name?.message)} {...form.register("name")} />
        </Field>
        <Field id="email" label={t("members.email")} error={err(errors.email?.message)}>
          <input type="email" autoComplete="off" {...fieldAria("email", errors.email?.message)} {...form.register("email")} />
        </Field>
        <Field id="role" label={t("members.role")} error={err(errors.role?.message)}>
          <select {...fieldAria("role", errors.role?.message)} {...form.register("role")}>
            <RoleOptions />
          </select>
        </Field>
        <div>
          <SubmitButton busy={isSubmitting} label={t("members.invite")} busyLabel={t("common.saving")} />
        </div>
      </fieldset>
    </form>
  );
}
