import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { getRetentionPreview } from "@/lib/retention/data";
import { RetentionForm } from "@/components/settings/retention-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { getNetworkSharing } from "@/lib/reports/data";
import { NetworkSharingSwitch } from "@/components/reports/network-sharing";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("retention"))("title") };
}

/** The ORG_ADMIN sets how long personal data is kept, and sees what the next run would anonymise. */
export default async function RetentionPage() {
  const actor = await requireActor("org.settings.manage");
  const [preview, sharing] = await Promise.all([getRetentionPreview(actor.scope), getNetworkSharing(actor.scope)]);
  const t = await getTranslations();
  if (!preview) return null;
  return (
    <ClientMessages namespaces={["errors", "retention", "reports"]}>
      <>
        <h1>{t("retention.title")}</h1>
        <p className="muted">{t("retention.intro")}</p>
        <div className="card">
          <RetentionForm callDays={preview.retentionCallDays} caseDays={preview.retentionClosedCaseDays} />
        </div>
        <h2>{t("retention.previewTitle")}</h2>
        <p data-testid="retention-preview">
          {t("retention.preview", {
            calls: preview.callsDue,
            cases: preview.casesDue,
            perpetrators: preview.perpetratorsDue,
          })}
        </p>
        {sharing ? (
          <section aria-labelledby="network-sharing" className="card">
            <h2 id="network-sharing">{t("reports.networkSharing.title")}</h2>
            <p>{t("reports.networkSharing.intro")}</p>
            <p data-testid="network-sharing-state">
              {sharing.shares ? t("reports.networkSharing.on") : t("reports.networkSharing.off")}
            </p>
            <NetworkSharingSwitch shares={sharing.shares} />
          </section>
        ) : null}
      </>
    </ClientMessages>
  );
}
