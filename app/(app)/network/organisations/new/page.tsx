import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { countryChoices } from "@/lib/i18n/countries";
import { CreateOrganisationForm } from "@/components/orgs/create-organisation-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export default async function NewOrganisationPage() {
  await requireActor("network.organisations.manage");
  const t = await getTranslations("orgs");
  const locale = await getLocale();
  return (
    <ClientMessages namespaces={["errors", "orgs", "orgKinds", "members", "invitations"]}>
      <>
        <h1>{t("addTitle")}</h1>
        <CreateOrganisationForm countries={countryChoices(locale)} />
      </>
    </ClientMessages>
  );
}
