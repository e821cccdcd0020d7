"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { switchOrganisationAction } from "@/lib/users/actions";

export function OrganisationSwitcher({
  current,
  options,
}: {
  current: string;
  options: { id: string; label: string }[];
}) {
  const t = useTranslations("nav");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="field">
      <label htmlFor="organisation-switcher">{t("organisation")}</label>
      <select
        id="organisation-switcher"
        value={current}
        disabled={pending}
        onChange={(event) => {
          const organisationId = event.target.value;
          startTransition(async () => {
            const result = await switchOrganisationAction({ organisationId });
            if (result.ok) {
              router.push("/");
              router.refresh();
            }
          });
        }}
      >
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
