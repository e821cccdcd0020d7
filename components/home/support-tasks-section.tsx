import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList } from "./count-list";

/** People whose support plan has steps overdue or due this week. */
export function SupportTasksSection({ overdue, dueWeek }: { overdue: number; dueWeek: number }) {
  const t = useTranslations("home");
  return (
    <HomeSection id="tasks" title={t("tasks.title")}>
      <CountList
        items={[
          {
            key: "overdue",
            label: t("tasks.overdue", { count: overdue }),
            count: overdue,
            href: "/victims?queue=overdue",
            alert: true,
          },
          {
            key: "due-week",
            label: t("tasks.dueWeek", { count: dueWeek }),
            count: dueWeek,
            href: "/victims?queue=dueWeek",
          },
        ]}
      />
      {overdue + dueWeek === 0 ? <p className="muted">{t("tasks.empty")}</p> : null}
    </HomeSection>
  );
}
