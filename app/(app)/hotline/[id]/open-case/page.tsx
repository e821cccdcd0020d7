import { getLocale, getTranslations } from "next-intl/server";
import { countryChoices } from "@/lib/i18n/countries";
import { requireActor } from "@/lib/auth/actor";
import { loadCallOr404 } from "@/lib/hotline/load-call";
import { mayOpenCaseFromCall } from "@/lib/hotline/policy";
import { AGE_OF_GROUP } from "@/lib/hotline/codes";
import { OpenCaseForm } from "@/components/victims/open-case-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { denyAccess } from "@/lib/auth/denied";

export default async function OpenCasePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("victims.create.fromCall");
  const call = await loadCallOr404(actor.scope, (await params).id);
  if (!mayOpenCaseFromCall(actor.scope, call)) return denyAccess();
  const t = await getTranslations("hotline");
  return (
    <ClientMessages namespaces={["errors", "hotline", "victims"]}>
      <>
        <h1>{t("openCaseTitle")}</h1>
        <p className="muted">{t("openCaseIntro")}</p>
        <OpenCaseForm
          callId={call.id}
          countries={countryChoices(await getLocale())}
          defaults={{
            givenName: "",
            familyName: "",
            sex: call.personSex ?? "UNKNOWN",
            birthDate: "",
            estimatedAge: call.personAgeGroup ? (AGE_OF_GROUP[call.personAgeGroup] ?? "") : "",
            citizenship: call.personCitizenship ?? "",
          }}
        />
      </>
    </ClientMessages>
  );
}
