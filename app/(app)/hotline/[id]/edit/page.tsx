import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { countryChoices } from "@/lib/i18n/countries";
import { regionChoices } from "@/lib/i18n/region-choices";
import { loadCallOr404 } from "@/lib/hotline/load-call";
import { mayChangeCall } from "@/lib/hotline/policy";
import { valuesOfCall } from "@/lib/hotline/form-values";
import { CallForm } from "@/components/hotline/call-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { denyAccess } from "@/lib/auth/denied";
import { organisationCountry } from "@/lib/orgs/countries";

export default async function EditCallPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("hotline.calls.log");
  const call = await loadCallOr404(actor.scope, (await params).id);
  if (!mayChangeCall(actor.scope, call)) return denyAccess();
  const t = await getTranslations("hotline");
  const values = valuesOfCall(call);
  return (
    <ClientMessages namespaces={["errors", "hotline", "victims"]}>
      <>
        <h1>{t("editTitle")}</h1>
        <CallForm
          mode="edit"
          callId={call.id}
          version={call.version}
          initialValues={values}
          organisationCountry={organisationCountry(actor)}
          countries={countryChoices(await getLocale())}
          regions={regionChoices(await getLocale())}
        />
      </>
    </ClientMessages>
  );
}
