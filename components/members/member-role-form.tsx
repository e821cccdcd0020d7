"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import { changeMemberRoleSchema, type ChangeMemberRoleInput } from "@/lib/users/schema";
import { changeMemberRoleAction } from "@/lib/users/actions";
import type { OrgRole } from "@/lib/auth/roles";
import { RoleOptions } from "./role-options";
import { Field, fieldAria } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";

export function MemberRoleForm({ membershipId, role, version }: { membershipId: string; role: OrgRole; version: number }) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const [done, setDone] = useState(false);
  const form = useForm<z.input<typeof changeMemberRoleSchema>, unknown, ChangeMemberRoleInput>({
    resolver: zodResolver(changeMemberRoleSchema),
    values: { role, version },
  });
  const { submit, formError } = useActionSubmit(
    form,
    (values) => changeMemberRoleAction(membershipId, values),
    () => {
      setDone(true);
      router.refresh();
    },
  );
  const { errors, isSubmitting } = form.formState;
  return (
    <form {...postFallback} className="stack" onSubmit={submit} noValidate>
      {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
      {done ? <Alert kind="success">{t("members.roleChanged")}</Alert> : null}
      <fieldset disabled={isSubmitting}>
        <Field id="new-role" label={t("members.role")} error={errors.role?.message && t(errors.role.message)}>
          <select {...fieldAria("new-role", errors.role?.message)} {...form.register("role")}>
            <RoleOptions />
          </select>
        </Field>
        <div>
          <SubmitButton busy={isSubmitting} label={t("members.changeRole")} busyLabel={t("common.saving")} />
        </div>
      </fieldset>
    </form>
  );
}
