"use client";
// The fields of a person shared beyond the minimal set (a referral, a repatriation request), as
// toggles bound to a react-hook-form field named `sharedFields`.
import { useTranslations } from "next-intl";
import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
import { SHAREABLE_EXTRA_FIELDS } from "@/lib/victims/policy";
import { ToggleGroup } from "@/components/ui/toggle-group";

export function SharedFieldsToggle<T extends FieldValues>({ control, id, label }: { control: Control<T>; id: string; label: string }) {
  const t = useTranslations();
  return (
    <>
      <Controller
        control={control}
        name={"sharedFields" as Path<T>}
        render={({ field }) => (
          <ToggleGroup
            id={id}
            label={label}
            options={SHAREABLE_EXTRA_FIELDS}
            labelOf={(f) => t(`referrals.fields.${f}`)}
            value={(field.value as (typeof SHAREABLE_EXTRA_FIELDS)[number][]) ?? []}
            onChange={field.onChange}
          />
        )}
      />
      <p className="muted">{t("referrals.minimalHint")}</p>
    </>
  );
}
