"use client";
// The person the call is about, as far as the caller says: no names at the hotline.
import { useTranslations } from "next-intl";
import { AGE_GROUPS } from "@/lib/hotline/codes";
import { SEXES } from "@/lib/vocabulary/person";
import { CountryOptions } from "@/components/ui/country-options";
import { Options } from "@/components/ui/options";
import { Call, type Countries } from "./fields";

export function PersonSection({ countries }: { countries: Countries }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="person-heading">
      <h2 id="person-heading">{t("hotline.person")}</h2>
      <div className="grid">
        <Call.Select name="personSex" label={t("hotline.personSex")}>
          <Options values={SEXES} label={(s) => t(`victims.sexes.${s}`)} empty={t("hotline.notRecorded")} />
        </Call.Select>
        <Call.Select name="personAgeGroup" label={t("hotline.personAgeGroup")}>
          <Options values={AGE_GROUPS} label={(a) => t(`hotline.ageGroups.${a}`)} empty={t("hotline.notRecorded")} />
        </Call.Select>
        <Call.Select name="personCitizenship" label={t("hotline.personCitizenship")}>
          <option value="">{t("hotline.notRecorded")}</option>
          <CountryOptions countries={countries} />
        </Call.Select>
        <Call.Select name="personCountryNow" label={t("hotline.personCountryNow")}>
          <option value="">{t("hotline.notRecorded")}</option>
          <CountryOptions countries={countries} />
        </Call.Select>
      </div>
    </section>
  );
}
