"use client";
// Ends every session of the signed-in user on the server, this browser's too, then clears this
// browser through the normal sign-out.
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { signOutEverywhereAction } from "@/lib/users/actions";
import { ActionButton } from "@/components/ui/action-button";

export function SignOutEverywhereButton() {
  const t = useTranslations("settings");
  return <ActionButton label={t("signOutEverywhere")} run={signOutEverywhereAction} variant="danger" onSuccess={() => signOut({ callbackUrl: "/sign-in" })} />;
}
