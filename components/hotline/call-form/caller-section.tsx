"use client";
// Who called: the number (earlier calls from it show before saving), relationship, where from (a
// country, a region from its list, a place as typed), and whether they may be called back.
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { RELATIONSHIPS } from "@/lib/hotline/codes";
import { CountryOptions } from "@/components/ui/country-options";
import { Options } from "@/components/ui/options";
import { RepeatCallerNotice } from "../repeat-caller-notice";
import { Call, type CallFormApi, type Countries } from "./fields";
import { RegionSelect, type RegionChoices } from "@/components/ui/region-select";
import type { HotlineCallFormValues as CallFormValues } from "@/lib/hotline/schema";

export function CallerSection({
  form,
  countries,
  regions,
  organisationCountry,
}: {
  form: CallFormApi;
  countries: Countries;
  regions: RegionChoices;
  organisationCountry: string;
}) {
  const t = useTranslations("hotline");
  const phone = useWatch({ control: form.control, name: "callerPhone" }) as string | undefined;
  const callerCountry = String(useWatch({ control: form.control, name: "callerCountry" }) ?? "");
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
        <RegionSelect<CallFormValues>
          name="callerRegion"
          countries={[callerCountry]}
          label={t("callerRegion")}
          emptyLabel={t("notRecorded")}
          regions={regions}
        />
        <Call.Input
          name="callerPlace"
          label={t("callerPlace")}
          hint={t("callerPlaceHint")}
          autoComplete="off"
          maxLength={120}
        />
      </div>
      <RepeatCallerNotice phone={phone} defaultCountry={organisationCountry} />
      <Call.Checkbox name="callbackConsent" label={t("callbackConsent")} />
    </section>
  );
}
