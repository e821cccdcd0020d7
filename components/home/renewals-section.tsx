import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList } from "./count-list";

/**
 * People whose identity document has expired or expires within the renewal window, and people
 * whose consent to services is missing or was a guardian's for a child now grown up.
 */
export function RenewalsSection({
  documents,
  consents,
  withinDays,
}: {
  documents: number;
  consents: number;
  withinDays: number;
}) {
  const t = useTranslations("home");
  return (
    <HomeSection id="renewals" title={t("renewals.title")}>
      <CountList
        items={[
          {
            key: "consent",
            label: t("renewals.consents", { count: consents }),
            count: consents,
            href: "/victims?queue=consent",
            alert: true,
          },
          {
            key: "renew",
            label: t("renewals.documents", { count: documents, days: withinDays }),
            count: documents,
            href: "/victims?queue=renew",
            alert: true,
          },
        ]}
      />
      {documents + consents === 0 ? <p className="muted">{t("renewals.empty")}</p> : null}
    </HomeSection>
  );
}
