"use client";
// The identity part of a victim record, shared by the registration and the edit forms.
import { Controller, type UseFormReturn } from "react-hook-form";
import { useTranslations } from "next-intl";
import type { RegisterVictimValues } from "@/lib/victims/schema";
import { IDENTIFIED_BY, PASSPORT_STATUSES, RISK_LEVELS, SEXES } from "@/lib/victims/codes";
import type { CountryChoice } from "@/lib/i18n/countries";
import { Field, fieldAria } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { CitizenshipSelects } from "./citizenship-selects";

type NameField = "givenName" | "familyName" | "patronymic" | "givenNameLatin" | "familyNameLatin" | "patronymicLatin";

export function IdentityFields({ form, countries }: { form: UseFormReturn<RegisterVictimValues>; countries: { first: CountryChoice[]; rest: CountryChoice[] } }) {
  const t = useTranslations();
  const { errors } = form.formState;
  const err = (key?: string) => (key ? t(key) : undefined);
  const text = (name: NameField, label: string) => (
    <Field id={name} label={label} error={err(errors[name]?.message)}>
      <input autoComplete="off" maxLength={100} {...fieldAria(name, errors[name]?.message)} {...form.register(name)} />
    </Field>
  );
  const select = (name: "sex" | "identifiedBy" | "riskLevel" | "passportStatus", label: string, values: readonly string[], prefix: string, empty?: boolean) => (
    <Field id={name} label={label} error={err(errors[name]?.message)}>
      <select {...fieldAria(name, errors[name]?.message)} {...form.register(name)}>
        <Options values={values} label={(v) => t(`${prefix}.${v}`)} empty={empty ? t("hotline.notRecorded") : undefined} />
      </select>
    </Field>
  );
  return (
    <div className="grid">
      {text("givenName", t("victims.givenName"))}
      {text("familyName", t("victims.familyName"))}
      {text("patronymic", t("victims.patronymic"))}
      {text("givenNameLatin", t("victims.givenNameLatin"))}
      {text("familyNameLatin", t("victims.familyNameLatin"))}
      {text("patronymicLatin", t("victims.patronymicLatin"))}
      <Field id="aliases" label={t("victims.aliases")} hint={t("victims.aliasesHint")} error={err(errors.aliases?.message)}>
        <input autoComplete="off" {...fieldAria("aliases", errors.aliases?.message, "hint")} {...form.register("aliases")} />
      </Field>
      {select("sex", t("victims.sex"), SEXES, "victims.sexes")}
      <Field id="birthDate" label={t("victims.birthDate")} hint={t("victims.birthDateOrAgeHint")} error={err(errors.birthDate?.message)}>
        <input type="date" {...fieldAria("birthDate", errors.birthDate?.message, "hint")} {...form.register("birthDate")} />
      </Field>
      <Field id="estimatedAge" label={t("victims.estimatedAge")} error={err(errors.estimatedAge?.message)}>
        <input type="number" min={0} max={110} {...fieldAria("estimatedAge", errors.estimatedAge?.message)} {...form.register("estimatedAge")} />
      </Field>
      <Controller
        control={form.control}
        name="citizenships"
        render={({ field }) => (
          <CitizenshipSelects value={(field.value as string[]) ?? []} onChange={field.onChange} countries={countries} error={err(errors.citizenships?.message)} />
        )}
      />
      <Field id="identifiedOn" label={t("victims.identifiedOn")} error={err(errors.identifiedOn?.message)}>
        <input type="date" {...fieldAria("identifiedOn", errors.identifiedOn?.message)} {...form.register("identifiedOn")} />
      </Field>
      {select("identifiedBy", t("victims.identifiedBy"), IDENTIFIED_BY, "victims.identifiedByOptions")}
      {select("riskLevel", t("victims.riskLevel"), RISK_LEVELS, "victims.riskLevels", true)}
      {select("passportStatus", t("victims.passportStatus"), PASSPORT_STATUSES, "victims.passportStatuses", true)}
      <label className="checkbox-field" title={t("victims.restrictedHint")}>
        <input type="checkbox" id="restricted" {...form.register("restricted")} /> {t("victims.restricted")}
      </label>
      <Field id="documentNumber" label={t("victims.documentNumber")} hint={t("victims.documentNumberHint")} error={err(errors.documentNumber?.message)}>
        <input autoComplete="off" maxLength={40} {...fieldAria("documentNumber", errors.documentNumber?.message, "hint")} {...form.register("documentNumber")} />
      </Field>
    </div>
  );
}
