import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList } from "./count-list";

/** Cases opened from a hotline call that nobody is assigned to yet. */
export function IntakeQueueSection({ count }: { count: number }) {
  const t = useTranslations("home");
  return (
    <HomeSection id="intake" title={t("intake.title")}>
      <CountList
        items={[
          { key: "intake", label: t("intake.count", { count }), count, href: "/victims?queue=intake", alert: true },
        ]}
      />
      <p className="muted">{count === 0 ? t("intake.empty") : t("intake.hint")}</p>
    </HomeSection>
  );
}
