"use client";
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { useTranslations } from "next-intl";
import { createVictimFromCallSchema, type CreateVictimFromCallValues } from "@/lib/victims/schema";
import { createVictimFromCallAction } from "@/lib/victims/actions";
import { SEXES } from "@/lib/vocabulary/person";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { Alert } from "@/components/ui/alert";
import { CountryOptions } from "@/components/ui/country-options";
import type { CountryChoice } from "@/lib/i18n/countries";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";

const OpenCase = defineForm(createVictimFromCallSchema);

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
  const form = OpenCase.useForm({ defaultValues: defaults });
  const { submit, formError } = useActionSubmit(
    form,
    (values) => createVictimFromCallAction(callId, values),
    (victim) => {
      router.push(`/hotline/${callId}?case=${encodeURIComponent(victim.caseNumber)}`);
      router.refresh();
    },
  );
  const { isSubmitting } = form.formState;
  return (
    <FormProvider {...form}>
      <form {...postFallback} className="stack" onSubmit={submit} noValidate>
        {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
        <fieldset disabled={isSubmitting}>
          <OpenCase.Input name="givenName" label={t("victims.givenName")} autoComplete="off" />
          <OpenCase.Input name="familyName" label={t("victims.familyName")} autoComplete="off" />
          <OpenCase.Select name="sex" label={t("victims.sex")}>
            <Options values={SEXES} label={(s) => t(`victims.sexes.${s}`)} />
          </OpenCase.Select>
          <OpenCase.Input
            name="birthDate"
            label={t("victims.birthDate")}
            hint={t("victims.birthDateOrAgeHint")}
            type="date"
          />
          <OpenCase.Input name="estimatedAge" label={t("victims.estimatedAge")} type="number" min={0} max={110} />
          <OpenCase.Select name="citizenship" label={t("victims.citizenship")}>
            <option value="">{t("hotline.notRecorded")}</option>
            <CountryOptions countries={countries} />
          </OpenCase.Select>
          <div>
            <SubmitButton busy={isSubmitting} label={t("victims.create")} busyLabel={t("common.saving")} />
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
