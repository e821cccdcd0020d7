"use client";
// Editing the whole record. A save refused because someone else saved meanwhile marks the fields
// they changed and keeps everything typed here.
import { useRouter } from "next/navigation";
import { FormProvider, useFieldArray, useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { updateVictimSchema, type UpdateVictimValues } from "@/lib/victims/schema";
import { updateVictimAction } from "@/lib/victims/actions";
import {
  EDUCATION_LEVELS,
  EXPLOITATION_TYPES,
  LABOUR_SECTORS,
  MARITAL_STATUSES,
  MEANS_OF_CONTROL,
  PERSON_LANGUAGES,
  RECRUITMENT_METHODS,
  TRAFFICKING_STATUSES,
} from "@/lib/victims/codes";
import type { CountryChoice } from "@/lib/i18n/countries";
import { Alert } from "@/components/ui/alert";
import { CountryOptions } from "@/components/ui/country-options";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { IdentityFields } from "./identity-fields";
import { RegionSelect, type RegionChoices } from "@/components/ui/region-select";
import { usePostFallback } from "@/components/ui/post-fallback";

type Countries = { first: CountryChoice[]; rest: CountryChoice[] };
type TextField =
  "placeOfOrigin" | "phone" | "address" | "trustedContact" | "traffickingStatusDecidedBy" | "recruiterRelation";
type SelectField = "maritalStatus" | "educationLevel" | "traffickingStatus" | "recruitmentMethod";
type ListField = "languages" | "exploitationTypes" | "labourSectors" | "meansOfControl";

const Victim = defineForm(updateVictimSchema);

export function VictimForm(props: {
  victimId: string;
  defaults: UpdateVictimValues;
  countries: Countries;
  /** The region lists of the countries that have one, named in the user's language. */
  regions: RegionChoices;
  workers: { id: string; name: string }[];
}) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const form = Victim.useForm({ defaultValues: props.defaults });
  const chosen = useWatch({ control: form.control, name: "citizenships" });
  const citizenships = (Array.isArray(chosen) ? chosen : [chosen]).filter(Boolean).map(String);
  const events = useFieldArray({ control: form.control, name: "events" });
  const { submit, formError } = useActionSubmit(
    form,
    (values) => updateVictimAction(props.victimId, values),
    () => {
      router.push(`/victims/${props.victimId}?saved=1`);
      router.refresh();
    },
  );
  const { isSubmitting } = form.formState;
  const text = (name: TextField, label: string) => <Victim.Input name={name} label={label} autoComplete="off" />;
  const select = (name: SelectField, label: string, values: readonly string[], prefix: string) => (
    <Victim.Select name={name} label={label}>
      <Options values={values} label={(v) => t(`${prefix}.${v}`)} empty={t("hotline.notRecorded")} />
    </Victim.Select>
  );
  const toggles = (name: ListField, label: string, values: readonly string[], prefix: string) => (
    <Victim.Toggles name={name} label={label} options={values} labelOf={(v) => t(`${prefix}.${v}`)} />
  );
  return (
    <FormProvider {...form}>
      <form {...postFallback} className="stack intake" onSubmit={submit} noValidate>
        {formError ? (
          <Alert kind="error">
            {t(formError === "errors.recordChangedMeanwhile" ? "victims.changedMeanwhileTitle" : formError)}
          </Alert>
        ) : null}
        <fieldset disabled={isSubmitting}>
          <section>
            <h2>{t("victims.identity")}</h2>
            <IdentityFields countries={props.countries} />
            <div className="grid">
              <RegionSelect<UpdateVictimValues>
                name="regionOfOrigin"
                countries={citizenships}
                label={t("victims.regionOfOrigin")}
                emptyLabel={t("hotline.notRecorded")}
                regions={props.regions}
              />
              <Victim.Input
                name="placeOfOrigin"
                label={t("victims.placeOfOrigin")}
                hint={t("victims.placeOfOriginHint")}
                autoComplete="off"
                maxLength={120}
              />
              {select("maritalStatus", t("victims.maritalStatus"), MARITAL_STATUSES, "victims.maritalStatuses")}
              {select("educationLevel", t("victims.educationLevel"), EDUCATION_LEVELS, "victims.educationLevels")}
              <Victim.Select name="assignedToId" label={t("victims.assignedTo")}>
                <option value="">{t("victims.unassigned")}</option>
                {props.workers.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
              </Victim.Select>
            </div>
            {toggles("languages", t("victims.languages"), PERSON_LANGUAGES, "victims.personLanguages")}
          </section>
          <section>
            <h2>{t("victims.contact")}</h2>
            <p className="muted">{t("victims.contactHint")}</p>
            <div className="grid">
              {text("phone", t("victims.phone"))}
              {text("address", t("victims.address"))}
              {text("trustedContact", t("victims.trustedContact"))}
            </div>
          </section>
          <section>
            <h2>{t("victims.documents")}</h2>
            <div className="grid">
              <Victim.Input name="documentExpiry" label={t("victims.documentExpiry")} type="date" />
              <Victim.Input name="entryBanUntil" label={t("victims.entryBanUntil")} type="date" />
            </div>
          </section>
          <section>
            <h2>{t("victims.profile")}</h2>
            <div className="grid">
              {select(
                "traffickingStatus",
                t("victims.traffickingStatus"),
                TRAFFICKING_STATUSES,
                "victims.traffickingStatuses",
              )}
              {text("traffickingStatusDecidedBy", t("victims.traffickingStatusDecidedBy"))}
              {select(
                "recruitmentMethod",
                t("victims.recruitmentMethod"),
                RECRUITMENT_METHODS,
                "victims.recruitmentMethods",
              )}
              {text("recruiterRelation", t("victims.recruiterRelation"))}
            </div>
            {toggles(
              "exploitationTypes",
              t("victims.exploitationTypes"),
              EXPLOITATION_TYPES,
              "victims.exploitationTypeNames",
            )}
            {toggles("labourSectors", t("victims.labourSectors"), LABOUR_SECTORS, "victims.labourSectorNames")}
            {toggles("meansOfControl", t("victims.meansOfControl"), MEANS_OF_CONTROL, "victims.meansOfControlNames")}
            <Victim.Textarea
              name="narrative"
              label={t("victims.narrative")}
              hint={t("victims.narrativeHint")}
              rows={6}
            />
          </section>
          <section>
            <h2>{t("victims.events")}</h2>
            {events.fields.map((event, index) => (
              <div key={event.id} className="grid card">
                <Victim.Select name={`events.${index}.kind`} label={t("victims.eventKind")}>
                  <Options
                    values={["RECRUITMENT", "TRANSIT", "EXPLOITATION"]}
                    label={(v) => t(`victims.eventKinds.${v}`)}
                  />
                </Victim.Select>
                <Victim.Select name={`events.${index}.countryCode`} label={t("victims.eventCountry")}>
                  <option value="">{t("hotline.notRecorded")}</option>
                  <CountryOptions countries={props.countries} />
                </Victim.Select>
                <Victim.Input name={`events.${index}.place`} label={t("victims.eventPlace")} />
                <Victim.Input name={`events.${index}.startedOn`} label={t("victims.eventStarted")} type="date" />
                <Victim.Input name={`events.${index}.endedOn`} label={t("victims.eventEnded")} type="date" />
                <div>
                  <button type="button" className="btn btn-secondary" onClick={() => events.remove(index)}>
                    {t("victims.removeEvent")}
                  </button>
                </div>
              </div>
            ))}
            <div>
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() =>
                  events.append({ kind: "RECRUITMENT", countryCode: "", place: "", startedOn: "", endedOn: "" })
                }
              >
                {t("victims.addEvent")}
              </button>
            </div>
          </section>
          <div>
            <SubmitButton busy={isSubmitting} label={t("common.save")} busyLabel={t("common.saving")} />
          </div>
        </fieldset>
      </form>
    </FormProvider>
  );
}
