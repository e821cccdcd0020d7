"use client";
import { useTranslations } from "next-intl";
import type { CountryChoice } from "@/lib/i18n/countries";
import { CountryOptions } from "@/components/ui/country-options";
import { Field } from "@/components/ui/field";

/** One or two citizenships as two selects, kept as one array value. */
export function CitizenshipSelects(props: {
  value: string[];
  onChange: (value: string[]) => void;
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
  error?: string;
}) {
  const t = useTranslations();
  const [first = "", second = ""] = props.value;
  const set = (a: string, b: string) => props.onChange([a, b].filter(Boolean));
  return (
    <>
      <Field id="citizenship-1" label={t("victims.citizenships")} error={props.error}>
        <select id="citizenship-1" value={first} onChange={(e) => set(e.target.value, second)}>
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
