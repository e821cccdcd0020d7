"use client";
// Changing one's password asks for the current one; success ends every other session.
import { useTranslations } from "next-intl";
import { changePasswordSchema } from "@/lib/users/schema";
import { changePasswordAction } from "@/lib/users/actions";
import { Field, fieldAria } from "@/components/ui/field";
import { SmallForm } from "@/components/ui/small-form";

export function ChangePasswordForm() {
  const t = useTranslations();
  return (
    <SmallForm schema={changePasswordSchema} defaults={{ currentPassword: "", newPassword: "" }} action={changePasswordAction} submitLabel={t("settings.changePassword")} successMessage={t("settings.passwordChanged")} testId="change-password">
      {(form) => {
        const err = (key?: string) => (key ? t(key) : undefined);
        const { errors } = form.formState;
        return (
          <>
            <Field id="currentPassword" label={t("settings.currentPassword")} error={err(errors.currentPassword?.message as string | undefined)}>
              <input type="password" autoComplete="current-password" {...form.register("currentPassword")} {...fieldAria("currentPassword", errors.currentPassword?.message as string | undefined)} />
            </Field>
            <Field id="newPassword" label={t("settings.newPassword")} error={err(errors.newPassword?.message as string | undefined)} hint={t("settings.newPasswordHint")}>
              <input type="password" autoComplete="new-password" {...form.register("newPassword")} {...fieldAria("newPassword", errors.newPassword?.message as string | undefined, "hint")} />
            </Field>
          </>
        );
      }}
    </SmallForm>
  );
}
