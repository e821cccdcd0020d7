import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList } from "./count-list";

/** Callbacks promised and not yet made, overdue first. */
export function CallbacksSection({ due, overdue }: { due: number; overdue: number }) {
  const t = useTranslations("home");
  return (
    <HomeSection id="callbacks" title={t("callbacks.title")} empty={due === 0 ? t("callbacks.empty") : null}>
      <CountList
        items={[
          {
            key: "callbacks-overdue",
            label: t("callbacks.overdue", { count: overdue }),
            count: overdue,
            href: "/hotline/callbacks",
            alert: true,
          },
          { key: "callbacks-due", label: t("callbacks.due", { count: due }), count: due, href: "/hotline/callbacks" },
        ]}
      />
    </HomeSection>
  );
}
