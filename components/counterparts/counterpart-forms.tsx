"use client";
// The directory of counterparts outside Tumar: add one, correct its details, stop offering it or
// offer it again (asked first, said afterwards). Office contacts, not data of the people served.
import { useTranslations } from "next-intl";
import { COUNTERPART_TYPES, type CounterpartType } from "@/lib/counterparts/codes";
import { createCounterpartSchema, updateCounterpartSchema } from "@/lib/counterparts/schema";
import {
  createCounterpartAction,
  setCounterpartActiveAction,
  updateCounterpartAction,
} from "@/lib/counterparts/actions";
import type { CountryChoice } from "@/lib/i18n/countries";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { CountryOptions } from "@/components/ui/country-options";
import { SmallForm } from "@/components/ui/small-form";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

const Add = defineForm(createCounterpartSchema);
const Edit = defineForm(updateCounterpartSchema);

type Countries = { first: CountryChoice[]; rest: CountryChoice[] };

/** The stored counterpart as the edit form's values (blanks as ""). */
export interface CounterpartValues {
  id: string;
  version: number;
  name: string;
  countryCode: string;
  type: CounterpartType;
  contactPerson: string;
  phone: string;
  email: string;
  notes: string;
}

function CounterpartFields({ prefix, countries }: { prefix: string; countries: Countries }) {
  const t = useTranslations("counterparts");
  return (
    <>
      <div className="grid">
        <Add.Input name="name" id={`${prefix}Name`} label={t("name")} hint={t("nameHint")} autoComplete="off" />
        <Add.Select name="type" id={`${prefix}Type`} label={t("type")}>
          <Options values={COUNTERPART_TYPES} label={(v) => t(`types.${v}`)} empty={t("chooseType")} />
        </Add.Select>
        <Add.Select name="countryCode" id={`${prefix}Country`} label={t("country")} hint={t("countryHint")}>
          <option value="">{t("chooseCountry")}</option>
          <CountryOptions countries={countries} />
        </Add.Select>
        <Add.Input
          name="contactPerson"
          id={`${prefix}ContactPerson`}
          label={t("contactPerson")}
          hint={t("contactPersonHint")}
          autoComplete="off"
        />
        <Add.Input name="phone" id={`${prefix}Phone`} label={t("phone")} type="tel" autoComplete="off" />
        <Add.Input name="email" id={`${prefix}Email`} label={t("email")} type="email" autoComplete="off" />
      </div>
      <Add.Textarea name="notes" id={`${prefix}Notes`} label={t("notes")} hint={t("notesHint")} rows={3} />
    </>
  );
}

export function AddCounterpartForm({ countries }: { countries: Countries }) {
  const t = useTranslations("counterparts");
  return (
    <SmallForm
      schema={Add.schema}
      defaults={{ name: "", countryCode: "", type: "", contactPerson: "", phone: "", email: "", notes: "" }}
      action={createCounterpartAction}
      submitLabel={t("add")}
      successMessage={t("added")}
      resetOnSuccess
      testId="add-counterpart-form"
    >
      <CounterpartFields prefix="newCounterpart" countries={countries} />
    </SmallForm>
  );
}

export function EditCounterpartForm({
  counterpart,
  countries,
}: {
  counterpart: CounterpartValues;
  countries: Countries;
}) {
  const t = useTranslations("counterparts");
  const { id, ...values } = counterpart;
  return (
    <SmallForm
      schema={Edit.schema}
      defaults={values}
      stored={values}
      action={(v) => updateCounterpartAction(id, v)}
      submitLabel={t("save")}
      successMessage={t("saved")}
      resetOnSuccess={false}
      variant="secondary"
      testId="edit-counterpart-form"
    >
      <CounterpartFields prefix="counterpart" countries={countries} />
    </SmallForm>
  );
}

/** Stops offering a counterpart in forms (the cases that name it keep it), or offers it again. */
export function CounterpartActiveButton({
  counterpart,
}: {
  counterpart: { id: string; name: string; active: boolean; version: number };
}) {
  const t = useTranslations("counterparts");
  const { id, name, active, version } = counterpart;
  return (
    <ConfirmActionButton
      testId="counterpart-active"
      label={active ? t("deactivate") : t("reactivate")}
      variant={active ? "danger" : "secondary"}
      question={active ? t("deactivateConfirm", { name }) : t("reactivateConfirm", { name })}
      confirmLabel={active ? t("deactivateYes") : t("reactivateYes")}
      doneMessage={active ? t("deactivated", { name }) : t("reactivated", { name })}
      run={() => setCounterpartActiveAction(id, { active: !active, version })}
    />
  );
}
