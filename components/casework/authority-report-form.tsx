"use client";
// Recording that the police or another authority was told about what happened to the person. On
// the person's recorded consent; a coordinator may decide without it for a child at risk or in
// imminent danger, and must say why. Telling an authority cannot be undone, so the form asks first.
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { AUTHORITIES, AUTHORITY_REPORT_BASES, authorityReportSchema } from "@/lib/casework/schema";
import { recordAuthorityReportAction } from "@/lib/casework/actions";
import type { CountryChoice } from "@/lib/i18n/countries";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { CountryOptions } from "@/components/ui/country-options";
import { SmallForm } from "@/components/ui/small-form";

const Report = defineForm(authorityReportSchema);

function OverrideReason() {
  const t = useTranslations();
  const basis = useWatch({ name: "basis" }) as string;
  if (basis === "CONSENT") return null;
  return (
    <Report.Textarea
      name="overrideReason"
      id="reportOverrideReason"
      label={t("casework.reports.overrideReason")}
      hint={t("casework.reports.overrideReasonHint")}
      rows={3}
    />
  );
}

export function AuthorityReportForm({
  victimId,
  today,
  country,
  countries,
  mayOverride,
}: {
  victimId: string;
  today: string;
  country: string;
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
  /** A coordinator may decide without consent; others report on consent only. */
  mayOverride: boolean;
}) {
  const t = useTranslations();
  const bases = mayOverride ? AUTHORITY_REPORT_BASES : (["CONSENT"] as const);
  return (
    <SmallForm
      schema={Report.schema}
      defaults={{ authority: "POLICE", countryCode: country, reportedOn: today, basis: "CONSENT", overrideReason: "" }}
      action={(v) => recordAuthorityReportAction({ victimId }, v)}
      submitLabel={t("casework.reports.record")}
      successMessage={t("casework.reports.recorded")}
      confirm={{ question: t("casework.reports.confirm"), confirmLabel: t("casework.reports.confirmLabel") }}
      testId="authority-report-form"
    >
      <div className="grid">
        <Report.Select name="authority" id="reportAuthority" label={t("casework.reports.authority")}>
          <Options values={AUTHORITIES} label={(v) => t(`casework.reports.authorities.${v}`)} />
        </Report.Select>
        <Report.Select name="countryCode" id="reportCountry" label={t("casework.reports.country")}>
          <CountryOptions countries={countries} />
        </Report.Select>
        <Report.Input name="reportedOn" id="reportedOn" label={t("casework.reports.reportedOn")} type="date" />
      </div>
      <Report.Radios
        name="basis"
        id="reportBasis"
        label={t("casework.reports.basis")}
        options={[...bases]}
        labelOf={(v) => t(`casework.reports.bases.${v}`)}
      />
      <OverrideReason />
    </SmallForm>
  );
}
