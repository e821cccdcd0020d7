"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { createVictimFromCallSchema, type CreateVictimFromCallInput, type CreateVictimFromCallValues } from "@/lib/victims/schema";
import { createVictimFromCallAction } from "@/lib/victims/actions";
import { SEXES } from "@/lib/victims/codes";
import { Field, fieldAria } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { Alert } from "@/components/ui/alert";
import { CountryOptions } from "@/components/ui/country-options";
import type { CountryChoice } from "@/lib/i18n/countries";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";

/** Prefilled from the call: sex, citizenship and an age from the call's age group. */
export function OpenCaseForm({
  callId,
  defaults,
  countries,
}: {
  callId: string;
  defaults: CreateVictimFromCallValues;
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
}) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const form = useForm<CreateVictimFromCallValues, unknown, CreateVictimFromCallInput>({
    resolver: zodResolver(createVictimFromCallSchema),
    defaultValues: defaults,
  });
  const { submit, formError } = useActionSubmit(form, (values) => createVictimFromCallAction(callId, values), (victim) => {
    router.push(`/hotline/${callId}?case=${encodeURIComponent(victim.caseNumber)}`);
    router.refresh();
  });
  const { errors, isSubmitting } = form.formState;
  const err = (key?: string) => (key ? t(key) : undefined);
  return (
    <form {...postFallback} className="stack" onSubmit={submit} noValidate>
      {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
      <fieldset disabled={isSubmitting}>
        <Field id="givenName" label={t("victims.givenName")} error={err(errors.givenName?.message)}>
          <input autoComplete="off" {...fieldAria("givenName", errors.givenName?.message)} {...form.register("givenName")} />
        </Field>
        <Field id="familyName" label={t("victims.familyName")} error={err(errors.familyName?.message)}>
          <input autoComplete="off" {...fieldAria("familyName", errors.familyName?.message)} {...form.register("familyName")} />
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
        <Field id="citizenship" label={t("victims.citizenship")} error={err(errors.citizenship?.message)}>
          <select {...fieldAria("citizenship", errors.citizenship?.message)} {...form.register("citizenship")}>
            <option value="">{t("hotline.notRecorded")}</option>
            <CountryOptions countries={countries} />
          </select>
        </Field>
        <div>
          <SubmitButton busy={isSubmitting} label={t("victims.create")} busyLabel={t("common.saving")} />
        </div>
      </fieldset>
    </form>
  );
}
