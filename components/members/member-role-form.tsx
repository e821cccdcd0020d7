"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { useTranslations } from "next-intl";
import { changeMemberRoleSchema } from "@/lib/users/schema";
import { changeMemberRoleAction } from "@/lib/users/actions";
import type { OrgRole } from "@/lib/roles/roles";
import { RoleOptions } from "./role-options";
import { defineForm } from "@/components/ui/form-field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";

const MemberRole = defineForm(changeMemberRoleSchema);

export function MemberRoleForm({
  membershipId,
  role,
  version,
}: {
  membershipId: string;
  role: OrgRole;
  version: number;
}) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const [done, setDone] = useState(false);
  const form = MemberRole.useForm({ values: { role, version } });
  const { submit, formError } = useActionSubmit(
    form,
    (values) => changeMemberRoleAction(membershipId, values),
    () => {
      setDone(true);
      router.refresh();
    },
  );
  const { isSubmitting } = form.formState;
  return (
    <FormProvider {...form}>
      <form {...postFallback} className="stack" onSubmit={submit} noValidate>
        {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
        {done ? <Alert kind="success">{t("members.roleChanged")}</Alert> : null}
        <fieldset disabled={isSubmitting}>
          <MemberRole.Select name="role" id="new-role" label={t("members.role")}>
            <RoleOptions />
          </MemberRole.Select>
          <div>
            <SubmitButton busy={isSubmitting} label={t("members.changeRole")} busyLabel={t("common.saving")} />
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
