"use client";
import { useRouter } from "next/navigation";
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
import { usePostFallback } from "@/components/ui/post-fallback";

export function AddMemberForm() {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const form = useForm<z.input<typeof createMemberSchema>, unknown, CreateMemberInput>({
    resolver: zodResolver(createMemberSchema),
    defaultValues: { name: "", email: "", role: "CASE_WORKER", password: "" },
  });
  const { submit, formError } = useActionSubmit(form, createMemberAction, (data) => {
    router.push(`/admin/members/${data.id}?created=1`);
  });
  const { errors, isSubmitting } = form.formState;
  const err = (key?: string) => (key ? t(key) : undefined);
  return (
    <form {...postFallback} className="stack" onSubmit={submit} noValidate>
      {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
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
        <Field id="password" label={t("members.initialPassword")} hint={t("members.passwordHint")} error={err(errors.password?.message)}>
          <input type="password" autoComplete="new-password" {...fieldAria("password", errors.password?.message, "hint")} {...form.register("password")} />
        </Field>
        <div>
          <SubmitButton busy={isSubmitting} label={t("members.add")} busyLabel={t("common.saving")} />
        </div>
      </fieldset>
    </form>
  );
}
