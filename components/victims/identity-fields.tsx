"use client";
// The identity part of a victim record, shared by the registration and the edit forms: the fields
// read the form around them.
import { useTranslations } from "next-intl";
import { IDENTIFIED_BY, PASSPORT_STATUSES, RISK_LEVELS } from "@/lib/victims/codes";
import { SEXES } from "@/lib/vocabulary/person";
import type { CountryChoice } from "@/lib/i18n/countries";
import { Options } from "@/components/ui/options";
import { CitizenshipSelects } from "./citizenship-selects";
import { Identity } from "./identity-form";

type NameField = "givenName" | "familyName" | "patronymic" | "givenNameLatin" | "familyNameLatin" | "patronymicLatin";

export function IdentityFields({ countries }: { countries: { first: CountryChoice[]; rest: CountryChoice[] } }) {
  const t = useTranslations();
  const text = (name: NameField) => (
    <Identity.Input name={name} label={t(`victims.${name}`)} autoComplete="off" maxLength={100} />
  );
  const select = (
    name: "sex" | "identifiedBy" | "riskLevel" | "passportStatus",
    values: readonly string[],
    prefix: string,
    empty?: boolean,
  ) => (
    <Identity.Select name={name} label={t(`victims.${name}`)}>
      <Options
        values={values}
        label={(v) => t(`${prefix}.${v}`)}
        empty={empty ? t("hotline.notRecorded") : undefined}
      />
    </Identity.Select>
  );
  return (
    <div className="grid">
      {text("givenName")}
      {text("familyName")}
      {text("patronymic")}
      {text("givenNameLatin")}
      {text("familyNameLatin")}
      {text("patronymicLatin")}
      <Identity.Input name="aliases" label={t("victims.aliases")} hint={t("victims.aliasesHint")} autoComplete="off" />
      {select("sex", SEXES, "victims.sexes")}
      <Identity.Input
        name="birthDate"
        label={t("victims.birthDate")}
        hint={t("victims.birthDateOrAgeHint")}
        type="date"
      />
      <Identity.Input name="estimatedAge" label={t("victims.estimatedAge")} type="number" min={0} max={110} />
      <CitizenshipSelects countries={countries} />
      <Identity.Input name="identifiedOn" label={t("victims.identifiedOn")} type="date" />
      {select("identifiedBy", IDENTIFIED_BY, "victims.identifiedByOptions")}
      {select("riskLevel", RISK_LEVELS, "victims.riskLevels", true)}
      {select("passportStatus", PASSPORT_STATUSES, "victims.passportStatuses", true)}
      <Identity.Checkbox name="restricted" label={t("victims.restricted")} title={t("victims.restrictedHint")} />
      <Identity.Input
        name="documentNumber"
        label={t("victims.documentNumber")}
        hint={t("victims.documentNumberHint")}
        autoComplete="off"
        maxLength={40}
      />
    </div>
  );
}
