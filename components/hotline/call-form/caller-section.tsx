"use client";
// Who called: the number (earlier calls from it show before saving), relationship, where from,
// and whether they may be called back.
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { RELATIONSHIPS } from "@/lib/hotline/codes";
import { CountryOptions } from "@/components/ui/country-options";
import { Options } from "@/components/ui/options";
import { RepeatCallerNotice } from "../repeat-caller-notice";
import { Call, type CallFormApi, type Countries } from "./fields";

export function CallerSection({
  form,
  countries,
  organisationCountry,
}: {
  form: CallFormApi;
  countries: Countries;
  organisationCountry: string;
}) {
  const t = useTranslations("hotline");
  const phone = useWatch({ control: form.control, name: "callerPhone" }) as string | undefined;
  return (
    <section aria-labelledby="caller-heading">
      <h2 id="caller-heading">{t("caller")}</h2>
      <div className="grid">
        <Call.Input
          name="callerPhone"
          label={t("callerPhone")}
          hint={t("callerPhoneHint")}
          type="tel"
          autoComplete="off"
        />
        <Call.Select name="callerRelationship" label={t("callerRelationship")}>
          <Options values={RELATIONSHIPS} label={(r) => t(`relationships.${r}`)} empty={t("notRecorded")} />
        </Call.Select>
        <Call.Select name="callerCountry" label={t("callerCountry")}>
          <option value="">{t("notRecorded")}</option>
          <CountryOptions countries={countries} />
        </Call.Select>
        <Call.Input name="callerRegion" label={t("callerRegion")} autoComplete="off" maxLength={120} />
      </div>
      <RepeatCallerNotice phone={phone} defaultCountry={organisationCountry} />
      <Call.Checkbox name="callbackConsent" label={t("callbackConsent")} />
    </section>
  );
}
