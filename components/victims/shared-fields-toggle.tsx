"use client";
// The fields of a person shared beyond the minimal set (a referral, a repatriation request), as
// toggles bound to the field `sharedFields` of the form around them.
import { useTranslations } from "next-intl";
import { SHAREABLE_EXTRA_FIELDS } from "@/lib/victims/policy";
import { FormToggleGroup } from "@/components/ui/form-field";

export function SharedFieldsToggle({ id, label }: { id: string; label: string }) {
  const t = useTranslations();
  return (
    <>
      <FormToggleGroup<{ sharedFields?: string[] }>
        name="sharedFields"
        id={id}
        label={label}
        options={SHAREABLE_EXTRA_FIELDS}
        labelOf={(f) => t(`referrals.fields.${f}`)}
      />
      <p className="muted">{t("referrals.minimalHint")}</p>
    </>
  );
}
