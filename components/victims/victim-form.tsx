"use client";
// Editing the whole record. A save refused because someone else saved meanwhile marks the fields
// they changed and keeps everything typed here.
import { useRouter } from "next/navigation";
import { Controller, useFieldArray, useForm, type UseFormReturn } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { updateVictimSchema, type RegisterVictimValues, type UpdateVictimInput, type UpdateVictimValues } from "@/lib/victims/schema";
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
import { Field, fieldAria } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { CountryOptions } from "@/components/ui/country-options";
import { Options } from "@/components/ui/options";
import { SubmitButton } from "@/components/ui/submit-button";
import { ToggleGroup } from "@/components/ui/toggle-group";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { IdentityFields } from "./identity-fields";
import { usePostFallback } from "@/components/ui/post-fallback";

type Countries = { first: CountryChoice[]; rest: CountryChoice[] };
type TextField = "regionOfOrigin" | "phone" | "address" | "trustedContact" | "traffickingStatusDecidedBy" | "recruiterRelation";
type SelectField = "maritalStatus" | "educationLevel" | "traffickingStatus" | "recruitmentMethod";
type ListField = "languages" | "exploitationTypes" | "labourSectors" | "meansOfControl";

export function VictimForm(props: { victimId: string; defaults: UpdateVictimValues; countries: Countries; workers: { id: string; name: string }[] }) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const form = useForm<UpdateVictimValues, unknown, UpdateVictimInput>({ resolver: zodResolver(updateVictimSchema), defaultValues: props.defaults });
  const events = useFieldArray({ control: form.control, name: "events" as never });
  const { submit, formError } = useActionSubmit(form, (values) => updateVictimAction(props.victimId, values), () => {
    router.push(`/victims/${props.victimId}?saved=1`);
    router.refresh();
  });
  const { errors, isSubmitting } = form.formState;
  const err = (key?: string) => (key ? t(key) : undefined);
  const text = (name: TextField, label: string, hint?: string) => (
    <Field id={name} label={label} hint={hint} error={err(errors[name]?.message)}>
      <input autoComplete="off" {...fieldAria(name, errors[name]?.message, hint)} {...form.register(name)} />
    </Field>
  );
  const select = (name: SelectField, label: string, values: readonly string[], prefix: string) => (
    <Field id={name} label={label} error={err(errors[name]?.message)}>
      <select {...fieldAria(name, errors[name]?.message)} {...form.register(name)}>
        <Options values={values} label={(v) => t(`${prefix}.${v}`)} empty={t("hotline.notRecorded")} />
      </select>
    </Field>
  );
  const toggles = (name: ListField, label: string, values: readonly string[], prefix: string) => (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <ToggleGroup
          id={name}
          label={label}
          options={values}
          labelOf={(v) => t(`${prefix}.${v}`)}
          value={(field.value as string[]) ?? []}
          onChange={field.onChange}
          error={err(errors[name]?.message)}
        />
      )}
    />
  );
  const eventError = (index: number, key: "startedOn" | "endedOn") => {
    const list = errors.events as unknown as ({ startedOn?: { message?: string }; endedOn?: { message?: string } } | undefined)[] | undefined;
    return err(list?.[index]?.[key]?.message);
  };
  return (
    <form {...postFallback} className="stack intake" onSubmit={submit} noValidate>
      {formError ? <Alert kind="error">{t(formError === "errors.recordChangedMeanwhile" ? "victims.changedMeanwhileTitle" : formError)}</Alert> : null}
      <fieldset disabled={isSubmitting}>
        <section>
          <h2>{t("victims.identity")}</h2>
          <IdentityFields form={form as unknown as UseFormReturn<RegisterVictimValues>} countries={props.countries} />
          <div className="grid">
            {text("regionOfOrigin", t("victims.regionOfOrigin"))}
            {select("maritalStatus", t("victims.maritalStatus"), MARITAL_STATUSES, "victims.maritalStatuses")}
            {select("educationLevel", t("victims.educationLevel"), EDUCATION_LEVELS, "victims.educationLevels")}
            <Field id="assignedToId" label={t("victims.assignedTo")} error={err(errors.assignedToId?.message)}>
              <select {...fieldAria("assignedToId", errors.assignedToId?.message)} {...form.register("assignedToId")}>
                <option value="">{t("victims.unassigned")}</option>
                {props.workers.map((w) => (
                  <option key={w.id} value={w.id}>
                    {w.name}
                  </option>
                ))}
              </select>
            </Field>
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
            <Field id="documentExpiry" label={t("victims.documentExpiry")} error={err(errors.documentExpiry?.message)}>
              <input type="date" {...fieldAria("documentExpiry", errors.documentExpiry?.message)} {...form.register("documentExpiry")} />
            </Field>
            <Field id="entryBanUntil" label={t("victims.entryBanUntil")} error={err(errors.entryBanUntil?.message)}>
              <input type="date" {...fieldAria("entryBanUntil", errors.entryBanUntil?.message)} {...form.register("entryBanUntil")} />
            </Field>
          </div>
        </section>
        <section>
          <h2>{t("victims.profile")}</h2>
          <div className="grid">
            {select("traffickingStatus", t("victims.traffickingStatus"), TRAFFICKING_STATUSES, "victims.traffickingStatuses")}
            {text("traffickingStatusDecidedBy", t("victims.traffickingStatusDecidedBy"))}
            {select("recruitmentMethod", t("victims.recruitmentMethod"), RECRUITMENT_METHODS, "victims.recruitmentMethods")}
            {text("recruiterRelation", t("victims.recruiterRelation"))}
          </div>
          {toggles("exploitationTypes", t("victims.exploitationTypes"), EXPLOITATION_TYPES, "victims.exploitationTypeNames")}
          {toggles("labourSectors", t("victims.labourSectors"), LABOUR_SECTORS, "victims.labourSectorNames")}
          {toggles("meansOfControl", t("victims.meansOfControl"), MEANS_OF_CONTROL, "victims.meansOfControlNames")}
          <Field id="narrative" label={t("victims.narrative")} hint={t("victims.narrativeHint")} error={err(errors.narrative?.message)}>
            <textarea rows={6} {...fieldAria("narrative", errors.narrative?.message, "hint")} {...form.register("narrative")} />
          </Field>
        </section>
        <section>
          <h2>{t("victims.events")}</h2>
          {events.fields.map((event, index) => (
            <div key={event.id} className="grid card">
              <Field id={`events.${index}.kind`} label={t("victims.eventKind")}>
                <select id={`events.${index}.kind`} {...form.register(`events.${index}.kind` as never)}>
                  <Options values={["RECRUITMENT", "TRANSIT", "EXPLOITATION"]} label={(v) => t(`victims.eventKinds.${v}`)} />
                </select>
              </Field>
              <Field id={`events.${index}.countryCode`} label={t("victims.eventCountry")}>
                <select id={`events.${index}.countryCode`} {...form.register(`events.${index}.countryCode` as never)}>
                  <option value="">{t("hotline.notRecorded")}</option>
                  <CountryOptions countries={props.countries} />
                </select>
              </Field>
              <Field id={`events.${index}.place`} label={t("victims.eventPlace")}>
                <input id={`events.${index}.place`} {...form.register(`events.${index}.place` as never)} />
              </Field>
              <Field id={`events.${index}.startedOn`} label={t("victims.eventStarted")} error={eventError(index, "startedOn")}>
                <input id={`events.${index}.startedOn`} type="date" {...form.register(`events.${index}.startedOn` as never)} />
              </Field>
              <Field id={`events.${index}.endedOn`} label={t("victims.eventEnded")} error={eventError(index, "endedOn")}>
                <input id={`events.${index}.endedOn`} type="date" {...form.register(`events.${index}.endedOn` as never)} />
              </Field>
              <div>
                <button type="button" className="btn btn-secondary" onClick={() => events.remove(index)}>
                  {t("victims.removeEvent")}
                </button>
              </div>
            </div>
          ))}
          <div>
            <button type="button" className="btn btn-secondary" onClick={() => events.append({ kind: "RECRUITMENT", countryCode: "", place: "", startedOn: "", endedOn: "" } as never)}>
              {t("victims.addEvent")}
            </button>
          </div>
        </section>
        <div>
          <SubmitButton busy={isSubmitting} label={t("common.save")} busyLabel={t("common.saving")} />
        </div>
      </fieldset>
    </form>
  );
}
