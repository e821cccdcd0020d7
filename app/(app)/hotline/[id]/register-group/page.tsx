import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { countryChoices } from "@/lib/i18n/countries";
import { requireActor } from "@/lib/auth/actor";
import { loadCallOr404 } from "@/lib/hotline/load-call";
import { mayOpenCaseFromCall } from "@/lib/hotline/policy";
import { AGE_OF_GROUP } from "@/lib/hotline/codes";
import { RegisterGroupForm } from "@/components/victims/register-group-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { denyAccess } from "@/lib/auth/denied";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("hotline"))("groupTitle") };
}

/** Several people named in one call, registered in one go (a brigade, a flat). */
export default async function RegisterGroupPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("victims.create.fromCall");
  const call = await loadCallOr404(actor.scope, (await params).id);
  if (!mayOpenCaseFromCall(actor.scope, call)) return denyAccess();
  const t = await getTranslations("hotline");
  return (
    <ClientMessages namespaces={["errors", "hotline", "victims", "common"]}>
      <>
        <p>
          <Link href={`/hotline/${call.id}`}>← {t("details")}</Link>
        </p>
        <h1>{t("groupTitle")}</h1>
        <p className="muted">{t("groupIntro")}</p>
        <RegisterGroupForm
          callId={call.id}
          firstRow={{
            sex: call.personSex ?? "UNKNOWN",
            estimatedAge: call.personAgeGroup ? (AGE_OF_GROUP[call.personAgeGroup] ?? "") : "",
          }}
          citizenship={call.personCitizenship ?? ""}
          countries={countryChoices(await getLocale())}
        />
      </>
    </ClientMessages>
  );
}
