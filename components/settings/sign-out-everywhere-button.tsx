"use client";
// Ends every session of the signed-in user on the server, this browser's too, then clears this
// browser through the normal sign-out; asked first, since it signs this browser out as well.
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { signOutEverywhereAction } from "@/lib/users/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function SignOutEverywhereButton() {
  const t = useTranslations("settings");
  return (
    <ConfirmActionButton
      testId="sign-out-everywhere"
      label={t("signOutEverywhere")}
      variant="danger"
      question={t("signOutEverywhereConfirm")}
      confirmLabel={t("signOutEverywhereYes")}
      doneMessage={t("signedOutEverywhere")}
      run={signOutEverywhereAction}
      onSuccess={() => signOut({ callbackUrl: "/sign-in" })}
    />
  );
}
