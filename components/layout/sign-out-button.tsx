"use client";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const t = useTranslations("nav");
  return (
    <button type="button" className="btn btn-secondary" onClick={() => signOut({ callbackUrl: "/sign-in" })}>
      {t("signOut")}
    </button>
  );
}
