import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { countryChoices } from "@/lib/i18n/countries";
import { CreateShelterForm } from "@/components/shelters/create-shelter-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { organisationCountry } from "@/lib/orgs/countries";

export default async function NewShelterPage() {
  const actor = await requireActor("shelters.manage");
  const t = await getTranslations("shelters");
  return (
    <ClientMessages namespaces={["errors", "hotline", "casework", "referrals", "shelters", "orgs"]}>
      <>
        <h1>{t("create")}</h1>
        <CreateShelterForm countries={countryChoices(await getLocale())} defaultCountry={organisationCountry(actor)} />
      </>
    </ClientMessages>
  );
}
