import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { getPersonForRequest, listReceivingOrganisations } from "@/lib/repatriations/data";
import { countryName } from "@/lib/i18n/format";
import { NewRepatriationForm } from "@/components/repatriations/repatriation-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { listConsents } from "@/lib/casework/data";
import { mayEditVictim } from "@/lib/victims/policy";
import { RequestConsents } from "@/components/casefile/request-consents";
import { parseRouteId } from "@/lib/http/route-id";
import { listCounterpartChoices } from "@/lib/counterparts/data";
import { countryChoices } from "@/lib/i18n/countries";
import { mayHandToPartner } from "@/lib/repatriations/policy";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("repatriations"))("newTitle") };
}

/**
 * Prepare a case (DRAFT) for a person of the organisation, opened from the person's record: with a
 * partner organisation (a coordinator), or alone with a counterpart or for a deportation.
 */
export default async function NewRepatriationPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("repatriations.alone.move");
  const victimId = parseRouteId((await searchParams).victim);
  const person = victimId ? await getPersonForRequest(actor.scope, victimId) : null;
  const t = await getTranslations();
  const locale = await getLocale();
  if (!person) {
    return (
      <ClientMessages namespaces={[]}>
        <h1>{t("repatriations.newTitle")}</h1>
        <p className="muted">{t("repatriations.startFromRecord")}</p>
        <Link href="/victims">{t("nav.victims")}</Link>
      </ClientMessages>
    );
  }
  const consents = await listConsents(actor.scope, person.id);
  // Between two organisations the coordinators work the case: a case worker works one alone.
  const organisations = mayHandToPartner(actor.scope)
    ? (await listReceivingOrganisations(actor.scope)).map((o) => ({
        id: o.id,
        name: `${o.name} · ${countryName(o.countryCode, locale)}`,
      }))
    : [];
  const counterparts = (await listCounterpartChoices(actor.scope)).map((c) => ({
    id: c.id,
    name: `${c.name} · ${countryName(c.countryCode, locale)}`,
  }));
  return (
    <ClientMessages namespaces={["errors", "victims", "referrals", "repatriations"]}>
      <>
        <h1>{t("repatriations.newTitle")}</h1>
        <p>
          {t("repatriations.person")}:{" "}
          <strong>
            {person.givenName} {person.familyName}
          </strong>{" "}
          ({person.caseNumber})
          {person.citizenships.length ? ` · ${person.citizenships.map((c) => countryName(c, locale)).join(", ")}` : ""}
        </p>
        <p className="muted">{t("casefile.draftHint")}</p>
        {/* What the request will need, once, with the way to record it. */}
        {consents ? (
          <RequestConsents
            victimId={person.id}
            consents={consents}
            receiver={null}
            mayRecord={mayEditVictim(actor.scope, person)}
          />
        ) : null}
        <NewRepatriationForm
          victimId={person.id}
          organisations={organisations}
          counterparts={counterparts}
          countries={countryChoices(locale)}
        />
      </>
    </ClientMessages>
  );
}
