import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList } from "./count-list";

/** People whose identity document has expired or expires within the renewal window. */
export function RenewalsSection({ documents, withinDays }: { documents: number; withinDays: number }) {
  const t = useTranslations("home");
  return (
    <HomeSection id="renewals" title={t("renewals.title")}>
      <CountList items={[{ key: "renew", label: t("renewals.documents", { count: documents, days: withinDays }), count: documents, href: "/victims?queue=renew", alert: true }]} />
      {documents === 0 ? <p className="muted">{t("renewals.empty")}</p> : null}
    </HomeSection>
  );
}
