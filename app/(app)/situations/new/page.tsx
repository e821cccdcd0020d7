import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { countryChoices } from "@/lib/i18n/countries";
import { regionChoices } from "@/lib/i18n/region-choices";
import { organisationCountry } from "@/lib/orgs/countries";
import { listSituationWorkers } from "@/lib/situations/data";
import { loadCallOr404 } from "@/lib/hotline/load-call";
import { SituationForm } from "@/components/situations/situation-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("situations"))("new") };
}

export default async function NewSituationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("situations.write");
  // From a call's page: the call is linked in the same write; one the user may not read is a 404.
  const fromCall = (await searchParams).call;
  const call = fromCall ? await loadCallOr404(actor.scope, fromCall) : null;
  const t = await getTranslations("situations");
  const locale = await getLocale();
  return (
    <ClientMessages namespaces={["errors", "situations", "victims", "common", "hotline"]}>
      <>
        <h1>{t("new")}</h1>
        <p className="muted">{t("newIntro")}</p>
        {call ? <p className="notice">{t("fromCall")}</p> : null}
        <SituationForm
          countries={countryChoices(locale)}
          regions={regionChoices(locale)}
          defaultCountry={call?.personCountryNow ?? organisationCountry(actor)}
          fromCallId={call?.id}
          workers={await listSituationWorkers(actor.scope)}
          me={actor.scope.userId}
        />
      </>
    </ClientMessages>
  );
}
