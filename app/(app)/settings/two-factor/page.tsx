import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActorForSecondFactorEnrolment } from "@/lib/auth/actor";
import { pendingEnrolment, secondFactorRequired, secondFactorStatus } from "@/lib/auth/second-factor";
import { formatDate } from "@/lib/i18n/format";
import { SecondFactorDisable, SecondFactorSetup } from "@/components/settings/second-factor-forms";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("twoFactor"))("title") };
}

export default async function TwoFactorPage() {
  // The enrolment page is exempt from the second-factor gate by name.
  const actor = await requireActorForSecondFactorEnrolment();
  const [status, pending] = await Promise.all([secondFactorStatus(actor.user.id), pendingEnrolment(actor.scope)]);
  const required = secondFactorRequired(actor.role);
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <ClientMessages namespaces={["errors", "settings", "twoFactor", "auth"]}>
      <>
        <h1>{t("twoFactor.title")}</h1>
        <p className="muted">{t("twoFactor.intro")}</p>
        {required && !status.enabledAt ? <p className="notice">{t("twoFactor.required")}</p> : null}
        <p data-testid="second-factor-status">
          {status.enabledAt
            ? t("twoFactor.on", {
                date: formatDate(status.enabledAt, locale, actor.timeZone),
                count: status.recoveryCodesLeft,
              })
            : t("twoFactor.off")}
        </p>
        {/* Always rendered, so the recovery codes it shows survive the refresh after turning on. */}
        <SecondFactorSetup pending={pending} enabled={Boolean(status.enabledAt)} />
        {status.enabledAt && !required ? <SecondFactorDisable /> : null}
      </>
    </ClientMessages>
  );
}
