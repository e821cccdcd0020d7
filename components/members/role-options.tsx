"use client";
import { useTranslations } from "next-intl";
import { ORG_ROLES } from "@/lib/auth/roles";

/** The organisation roles as <option>s, in the user's language. */
export function RoleOptions() {
  const t = useTranslations("roles");
  return ORG_ROLES.map((role) => (
    <option key={role} value={role}>
      {t(role)}
    </option>
  ));
}
