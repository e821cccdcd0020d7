import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { countryChoices } from "@/lib/i18n/countries";
import { organisationCountry } from "@/lib/orgs/countries";
import { listSituationWorkers } from "@/lib/situations/data";
import { SituationForm } from "@/components/situations/situation-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("situations"))("new") };
}

export default async function NewSituationPage() {
  const actor = await requireActor("situations.write");
  const t = await getTranslations("situations");
  return (
    <ClientMessages namespaces={["errors", "situations", "victims", "common"]}>
      <>
        <h1>{t("new")}</h1>
        <p className="muted">{t("newIntro")}</p>
        <SituationForm
          countries={countryChoices(await getLocale())}
          defaultCountry={organisationCountry(actor)}
          workers={await listSituationWorkers(actor.scope)}
          me={actor.scope.userId}
        />
      </>
    </ClientMessages>
  );
}
