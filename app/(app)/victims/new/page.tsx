import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { countryChoices } from "@/lib/i18n/countries";
import { localDay } from "@/lib/time/zoned";
import { RegisterVictimForm } from "@/components/victims/register-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("victims"))("registerTitle") };
}

export default async function RegisterVictimPage() {
  const actor = await requireActor("cases.write");
  const t = await getTranslations("victims");
  const locale = await getLocale();
  const today = localDay(new Date(), actor.timeZone);
  return (
    <ClientMessages namespaces={["errors", "hotline", "victims"]}>
      <>
        <h1>{t("registerTitle")}</h1>
        <p className="muted">{t("registerIntro")}</p>
        <RegisterVictimForm
          countries={countryChoices(locale)}
          defaults={{
            givenName: "",
            familyName: "",
            patronymic: "",
            givenNameLatin: "",
            familyNameLatin: "",
            patronymicLatin: "",
            aliases: "",
            sex: "UNKNOWN",
            birthDate: "",
            estimatedAge: "",
            citizenships: [],
            identifiedOn: today,
            identifiedBy: "NGO_OUTREACH",
            riskLevel: "",
            passportStatus: "",
            documentNumber: "",
          }}
        />
      </>
    </ClientMessages>
  );
}
