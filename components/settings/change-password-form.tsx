"use client";
// Changing one's password asks for the current one; success ends every other session.
import { useTranslations } from "next-intl";
import { changePasswordSchema } from "@/lib/users/schema";
import { changePasswordAction } from "@/lib/users/actions";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";

const ChangePassword = defineForm(changePasswordSchema);

export function ChangePasswordForm() {
  const t = useTranslations();
  return (
    <SmallForm
      schema={ChangePassword.schema}
      defaults={{ currentPassword: "", newPassword: "" }}
      action={changePasswordAction}
      submitLabel={t("settings.changePassword")}
      successMessage={t("settings.passwordChanged")}
      testId="change-password"
    >
      <ChangePassword.Input
        name="currentPassword"
        label={t("settings.currentPassword")}
        type="password"
        autoComplete="current-password"
      />
      <ChangePassword.Input
        name="newPassword"
        label={t("settings.newPassword")}
        hint={t("settings.newPasswordHint")}
        type="password"
        autoComplete="new-password"
      />
    </SmallForm>
  );
}
