"use client";
import { useTranslations } from "next-intl";
import { ORG_ROLES } from "@/lib/roles/roles";
import { Options } from "@/components/ui/options";

/** The organisation roles as <option>s, in the user's language. */
export function RoleOptions() {
  const t = useTranslations("roles");
  return <Options values={ORG_ROLES} label={(role) => t(role)} />;
}
