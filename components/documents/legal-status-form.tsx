"use client";
// On a person's page: their legal status in one country, recorded or changed. Each country has its
// own form; a new country starts from the organisation's own.
import { useTranslations } from "next-intl";
import { PERMIT_KINDS, REGISTRATION_STATES, REMOVAL_DECISIONS } from "@/lib/documents/codes";
import { legalStatusSchema } from "@/lib/documents/schema";
import { saveLegalStatusAction } from "@/lib/documents/actions";
import { CURRENCIES } from "@/lib/vocabulary/currencies";
import type { CountryChoice } from "@/lib/i18n/countries";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { CountryOptions } from "@/components/ui/country-options";
import { SmallForm } from "@/components/ui/small-form";

const Status = defineForm(legalStatusSchema);

/** The form's values: dates as YYYY-MM-DD, blanks as "". */
export type LegalStatusValues = {
  countryCode: string;
  registration: (typeof REGISTRATION_STATES)[number];
  registeredUntil: string;
  permit: (typeof PERMIT_KINDS)[number];
  permitUntil: string;
  overstaySince: string;
  finesOwed: string;
  finesCurrency: string;
  finesDueOn: string;
  removal: (typeof REMOVAL_DECISIONS)[number];
  removalDecidedOn: string;
  reEntryBanUntil: string;
  detainedSince: string;
  releasedOn: string;
  notes: string;
  version: string;
};

export function LegalStatusForm({
  victimId,
  values,
  countries,
  testId,
}: {
  victimId: string;
  values: LegalStatusValues;
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
  testId: string;
}) {
  const t = useTranslations("legalStatus");
  const p = testId;
  const known = values.version !== "";
  return (
    <SmallForm
      schema={Status.schema}
      defaults={values}
      stored={known ? values : undefined}
      action={(v) => saveLegalStatusAction(victimId, v)}
      submitLabel={t("save")}
      successMessage={t("saved")}
      variant={known ? "secondary" : undefined}
      testId={testId}
    >
      <div className="grid">
        <Status.Select name="countryCode" id={`${p}-country`} label={t("country")}>
          <CountryOptions countries={countries} />
        </Status.Select>
        <Status.Select name="registration" id={`${p}-registration`} label={t("registration")}>
          <Options values={REGISTRATION_STATES} label={(v) => t(`registrations.${v}`)} />
        </Status.Select>
        <Status.Input name="registeredUntil" id={`${p}-registeredUntil`} label={t("registeredUntil")} type="date" />
        <Status.Select name="permit" id={`${p}-permit`} label={t("permit")}>
          <Options values={PERMIT_KINDS} label={(v) => t(`permits.${v}`)} />
        </Status.Select>
        <Status.Input name="permitUntil" id={`${p}-permitUntil`} label={t("permitUntil")} type="date" />
        <Status.Input name="overstaySince" id={`${p}-overstaySince`} label={t("overstaySince")} type="date" />
        <Status.Input name="finesOwed" id={`${p}-finesOwed`} label={t("finesOwed")} inputMode="decimal" />
        <Status.Select name="finesCurrency" id={`${p}-finesCurrency`} label={t("finesCurrency")}>
          <Options values={CURRENCIES} label={(v) => v} empty="" />
        </Status.Select>
        <Status.Input name="finesDueOn" id={`${p}-finesDueOn`} label={t("finesDueOn")} type="date" />
        <Status.Select name="removal" id={`${p}-removal`} label={t("removal")}>
          <Options values={REMOVAL_DECISIONS} label={(v) => t(`removals.${v}`)} />
        </Status.Select>
        <Status.Input name="removalDecidedOn" id={`${p}-removalDecidedOn`} label={t("removalDecidedOn")} type="date" />
        <Status.Input name="reEntryBanUntil" id={`${p}-reEntryBanUntil`} label={t("reEntryBanUntil")} type="date" />
        <Status.Input name="detainedSince" id={`${p}-detainedSince`} label={t("detainedSince")} type="date" />
        <Status.Input name="releasedOn" id={`${p}-releasedOn`} label={t("releasedOn")} type="date" />
      </div>
      <Status.Textarea name="notes" id={`${p}-notes`} label={t("notes")} rows={2} />
    </SmallForm>
  );
}
