"use client";
import { useTranslations } from "next-intl";
import { useController } from "react-hook-form";
import type { CountryChoice } from "@/lib/i18n/countries";
import { CountryOptions } from "@/components/ui/country-options";
import { Field } from "@/components/ui/field";
import { Identity } from "./identity-form";

/** One or two citizenships as two selects, kept as one array value (the form's `citizenships`). */
export function CitizenshipSelects(props: { countries: { first: CountryChoice[]; rest: CountryChoice[] } }) {
  const t = useTranslations();
  const own = Identity.useField("citizenships", { id: "citizenship-1" });
  const { field } = useController({ name: "citizenships", control: own.control });
  const [first = "", second = ""] = (field.value as string[] | undefined) ?? [];
  const set = (a: string, b: string) => field.onChange([a, b].filter(Boolean));
  return (
    <>
      <Field id={own.id} label={t("victims.citizenships")} error={own.error}>
        <select {...own.aria} value={first} onChange={(e) => set(e.target.value, second)}>
          <option value="">{t("hotline.notRecorded")}</option>
          <CountryOptions countries={props.countries} />
        </select>
      </Field>
      <Field id="citizenship-2" label={t("victims.secondCitizenship")}>
        <select id="citizenship-2" value={second} onChange={(e) => set(first, e.target.value)}>
          <option value="">{t("hotline.notRecorded")}</option>
          <CountryOptions countries={props.countries} />
        </select>
      </Field>
    </>
  );
}
