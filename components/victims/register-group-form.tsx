"use client";
// Several people named in one call, registered in one go (a brigade, a flat): a row per person
// with the few things a caller can tell; citizenship is shared and prefilled from the call. All are
// registered or none, so a refusal loses nothing typed.
import { useRouter } from "next/navigation";
import { FormProvider, useFieldArray } from "react-hook-form";
import { useTranslations } from "next-intl";
import { GROUP_MAX, registerGroupFromCallSchema, type RegisterGroupFromCallValues } from "@/lib/victims/schema";
import { registerGroupFromCallAction } from "@/lib/victims/actions";
import { SEXES } from "@/lib/vocabulary/person";
import type { CountryChoice } from "@/lib/i18n/countries";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { Alert } from "@/components/ui/alert";
import { CountryOptions } from "@/components/ui/country-options";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";

const Group = defineForm(registerGroupFromCallSchema);
type Row = RegisterGroupFromCallValues["people"][number];

export function RegisterGroupForm({
  callId,
  firstRow,
  citizenship,
  countries,
}: {
  callId: string;
  /** A new row's sex and age, from what the call recorded about the people. */
  firstRow: Omit<Row, "givenName" | "familyName">;
  citizenship: string;
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
}) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const blank = (): Row => ({ givenName: "", familyName: "", ...firstRow });
  const form = Group.useForm({ defaultValues: { people: [blank()], citizenship } });
  const rows = useFieldArray({ control: form.control, name: "people" });
  const { submit, formError } = useActionSubmit(
    form,
    (values) => registerGroupFromCallAction(callId, values),
    (created) => {
      router.push(`/hotline/${callId}?registered=${created.length}`);
      router.refresh();
    },
  );
  const { isSubmitting } = form.formState;
  return (
    <FormProvider {...form}>
      <form {...postFallback} className="stack" onSubmit={submit} noValidate data-testid="register-group-form">
        {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
        <fieldset disabled={isSubmitting} className="stack">
          {rows.fields.map((row, index) => (
            <fieldset key={row.id} className="grid card" data-testid="group-row">
              <legend>{t("hotline.groupPerson", { number: index + 1 })}</legend>
              <Group.Input
                name={`people.${index}.givenName`}
                id={`people-${index}-givenName`}
                label={t("victims.givenName")}
                autoComplete="off"
              />
              <Group.Input
                name={`people.${index}.familyName`}
                id={`people-${index}-familyName`}
                label={t("victims.familyName")}
                autoComplete="off"
              />
              <Group.Select name={`people.${index}.sex`} id={`people-${index}-sex`} label={t("victims.sex")}>
                <Options values={SEXES} label={(s) => t(`victims.sexes.${s}`)} />
              </Group.Select>
              <Group.Input
                name={`people.${index}.estimatedAge`}
                id={`people-${index}-estimatedAge`}
                label={t("victims.estimatedAge")}
                type="number"
                inputMode="numeric"
                min={0}
                max={110}
              />
              {rows.fields.length > 1 ? (
                <div>
                  <button type="button" className="btn btn-secondary" onClick={() => rows.remove(index)}>
                    {t("hotline.groupRemove", { number: index + 1 })}
                  </button>
                </div>
              ) : null}
            </fieldset>
          ))}
          {rows.fields.length < GROUP_MAX ? (
            <div>
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => rows.append(blank(), { focusName: `people.${rows.fields.length}.givenName` })}
              >
                {t("hotline.groupAdd")}
              </button>
            </div>
          ) : (
            <p className="muted">{t("hotline.groupFull", { max: GROUP_MAX })}</p>
          )}
          <Group.Select name="citizenship" label={t("hotline.groupCitizenship")}>
            <option value="">{t("hotline.notRecorded")}</option>
            <CountryOptions countries={countries} />
          </Group.Select>
          <div>
            <SubmitButton
              busy={isSubmitting}
              label={t("hotline.groupRegister", { count: rows.fields.length })}
              busyLabel={t("common.saving")}
            />
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
