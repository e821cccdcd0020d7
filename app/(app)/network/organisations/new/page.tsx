import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { COUNTRY_CODES } from "@/lib/orgs/countries";
import { countryName } from "@/lib/i18n/format";
import { CreateOrganisationForm } from "@/components/orgs/create-organisation-form";

export default async function NewOrganisationPage() {
  await requireActor("network.organisations.manage");
  const t = await getTranslations("orgs");
  const locale = await getLocale();
  const countries = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) })).sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
  return (
    <>
      <h1>{t("addTitle")}</h1>
      <CreateOrganisationForm countries={countries} />
    </>
  );
}
