"use client";
// Registering a person, identity first. While the names, birth date or document number are
// typed, the whole network is checked for the same person.
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { registerVictimSchema, type RegisterVictimInput, type RegisterVictimValues } from "@/lib/victims/schema";
import { registerVictimAction } from "@/lib/victims/actions";
import { IDENTIFIED_BY, PASSPORT_STATUSES, RISK_LEVELS, SEXES } from "@/lib/victims/codes";
import type { CountryChoice } from "@/lib/i18n/countries";
import { Field, fieldAria } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { Options } from "@/components/ui/options";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { CitizenshipSelects } from "./citizenship-selects";
import { DuplicateNotice } from "./duplicate-notice";

export function RegisterVictimForm({ defaults, countries }: { defaults: RegisterVictimValues; countries: { first: CountryChoice[]; rest: CountryChoice[] } }) {
  const t = useTranslations();
  const router = useRouter();
  const form = useForm<RegisterVictimValues, unknown, RegisterVictimInput>({ resolver: zodResolver(registerVictimSchema), defaultValues: defaults });
  const { submit, formError } = useActionSubmit(form, registerVictimAction, (victim) => {
    router.push(`/victims/${victim.id}?registered=${encodeURIComponent(victim.caseNumber)}`);
  });
  const { errors, isSubmitting } = form.formState;
  const err = (key?: string) => (key ? t(key) : undefined);
  const [givenName, familyName, givenNameLatin, familyNameLatin, birthDate, documentNumber] = useWatch({
    control: form.control,
    name: ["givenName", "familyName", "givenNameLatin", "familyNameLatin", "birthDate", "documentNumber"],
  });
  const text = (name: "givenName" | "familyName" | "patronymic" | "givenNameLatin" | "familyNameLatin" | "patronymicLatin", label: string) => (
    <Field id={name} label={label} error={err(errors[name]?.message)}>
      <input autoComplete="off" maxLength={100} {...fieldAria(name, errors[name]?.message)} {...form.register(name)} />
    </Field>
  );
  return (
    <form className="stack intake" onSubmit={submit} noValidate>
      {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
      <fieldset disabled={isSubmitting}>
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
          <Field id="sex" label={t("victims.sex")} error={err(errors.sex?.message)}>
            <select {...fieldAria("sex", errors.sex?.message)} {...form.register("sex")}>
              <Options values={SEXES} label={(s) => t(`victims.sexes.${s}`)} />
            </select>
          </Field>
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
          <Field id="identifiedBy" label={t("victims.identifiedBy")} error={err(errors.identifiedBy?.message)}>
            <select {...fieldAria("identifiedBy", errors.identifiedBy?.message)} {...form.register("identifiedBy")}>
              <Options values={IDENTIFIED_BY} label={(v) => t(`victims.identifiedByOptions.${v}`)} />
            </select>
          </Field>
          <Field id="riskLevel" label={t("victims.riskLevel")} error={err(errors.riskLevel?.message)}>
            <select {...fieldAria("riskLevel", errors.riskLevel?.message)} {...form.register("riskLevel")}>
              <Options values={RISK_LEVELS} label={(v) => t(`victims.riskLevels.${v}`)} empty={t("hotline.notRecorded")} />
            </select>
          </Field>
          <Field id="passportStatus" label={t("victims.passportStatus")} error={err(errors.passportStatus?.message)}>
            <select {...fieldAria("passportStatus", errors.passportStatus?.message)} {...form.register("passportStatus")}>
              <Options values={PASSPORT_STATUSES} label={(v) => t(`victims.passportStatuses.${v}`)} empty={t("hotline.notRecorded")} />
            </select>
          </Field>
          <Field id="documentNumber" label={t("victims.documentNumber")} hint={t("victims.documentNumberHint")} error={err(errors.documentNumber?.message)}>
            <input autoComplete="off" maxLength={40} {...fieldAria("documentNumber", errors.documentNumber?.message, "hint")} {...form.register("documentNumber")} />
          </Field>
        </div>
        <DuplicateNotice input={{ givenName, familyName, givenNameLatin, familyNameLatin, birthDate, documentNumber }} />
        <div>
          <SubmitButton busy={isSubmitting} label={t("victims.registerAnyway")} busyLabel={t("common.saving")} />
        </div>
      </fieldset>
    </form>
  );
}
