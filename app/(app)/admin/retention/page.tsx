import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { getRetentionPreview } from "@/lib/retention/data";
import { RetentionForm } from "@/components/settings/retention-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("retention"))("title") };
}

/** The ORG_ADMIN sets how long personal data is kept, and sees what the next run would anonymise. */
export default async function RetentionPage() {
  const actor = await requireActor("org.settings.manage");
  const preview = await getRetentionPreview(actor.scope);
  const t = await getTranslations();
  if (!preview) return null;
  return (
    <ClientMessages namespaces={["errors", "retention"]}>
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
      </>
    </ClientMessages>
  );
}
