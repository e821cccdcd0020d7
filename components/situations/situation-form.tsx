"use client";
// Recording a situation: where, what, when, how many, and who is in charge. Saved, it opens the
// situation's page, where people, calls and notes are added.
import { useRouter } from "next/navigation";
import { FormProvider, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { createSituationSchema } from "@/lib/situations/schema";
import { createSituationAction } from "@/lib/situations/actions";
import { EXPLOITATION_TYPES, LABOUR_SECTORS } from "@/lib/victims/codes";
import type { CountryChoice } from "@/lib/i18n/countries";
import { Alert } from "@/components/ui/alert";
import { CountryOptions } from "@/components/ui/country-options";
import { defineForm } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { usePostFallback } from "@/components/ui/post-fallback";

const Situation = defineForm(createSituationSchema);

export function SituationForm(props: {
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
  /** The listed regions of the countries that have a list, named in the user's language. */
  regions: Record<string, { code: string; name: string }[]>;
  defaultCountry: string;
  workers: { id: string; name: string }[];
  me: string;
  /** The call this situation is recorded from (linked in the same write). */
  fromCallId?: string;
}) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const form = Situation.useForm({
    defaultValues: {
      countryCode: props.defaultCountry,
      exploitationTypes: [],
      labourSectors: [],
      assignedToId: props.me,
      fromCallId: props.fromCallId,
    },
  });
  const { submit, formError } = useActionSubmit(form, createSituationAction, ({ id }) => {
    router.push(`/situations/${id}`);
  });
  const { isSubmitting } = form.formState;
  const country = useWatch({ control: form.control, name: "countryCode" });
  const regions = props.regions[String(country ?? "")] ?? [];
  return (
    <FormProvider {...form}>
      <form {...postFallback} className="stack intake" onSubmit={submit} noValidate>
        {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
        <fieldset disabled={isSubmitting}>
          <section>
            <h2>{t("situations.where")}</h2>
            <div className="grid">
              <Situation.Select name="countryCode" label={t("situations.country")}>
                <CountryOptions countries={props.countries} />
              </Situation.Select>
              {regions.length ? (
                <Situation.Select name="regionCode" label={t("situations.region")}>
                  <option value="">{t("hotline.notRecorded")}</option>
                  {regions.map((r) => (
                    <option key={r.code} value={r.code}>
                      {r.name}
                    </option>
                  ))}
                </Situation.Select>
              ) : (
                <Situation.Input
                  name="regionCode"
                  label={t("situations.region")}
                  hint={t("situations.regionHint")}
                  autoComplete="off"
                  maxLength={6}
                />
              )}
              <Situation.Input
                name="place"
                label={t("situations.place")}
                hint={t("situations.placeHint")}
                autoComplete="off"
                maxLength={200}
              />
            </div>
          </section>
          <section>
            <h2>{t("situations.what")}</h2>
            <Situation.Toggles
              name="exploitationTypes"
              label={t("victims.exploitationTypes")}
              options={EXPLOITATION_TYPES}
              labelOf={(v) => t(`victims.exploitationTypeNames.${v}`)}
            />
            <Situation.Toggles
              name="labourSectors"
              label={t("victims.labourSectors")}
              options={LABOUR_SECTORS}
              labelOf={(v) => t(`victims.labourSectorNames.${v}`)}
            />
          </section>
          <section>
            <h2>{t("situations.whenAndHowMany")}</h2>
            <div className="grid">
              <Situation.Input name="startedOn" label={t("situations.startedOn")} type="date" />
              <Situation.Input name="endedOn" label={t("situations.endedOn")} type="date" />
              <Situation.Input
                name="peopleEstimated"
                label={t("situations.peopleEstimated")}
                hint={t("situations.peopleEstimatedHint")}
                type="number"
                min={1}
                max={100000}
                inputMode="numeric"
              />
              <Situation.Select name="assignedToId" label={t("situations.inCharge")}>
                {props.workers.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
              </Situation.Select>
            </div>
            <Situation.Textarea
              name="summary"
              label={t("situations.summary")}
              hint={t("situations.summaryHint")}
              rows={4}
              maxLength={4000}
            />
          </section>
          <div>
            <SubmitButton busy={isSubmitting} label={t("situations.record")} busyLabel={t("common.saving")} />
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
