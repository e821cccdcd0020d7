import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList } from "./count-list";

/** Reminders of dates (a passport running out, a hearing, a fine): late, due this week, and for coordinators those no one has taken. */
export function RemindersSection({
  overdue,
  dueSoon,
  unassignedOverdue,
  showUnassigned,
}: {
  overdue: number;
  dueSoon: number;
  unassignedOverdue: number;
  showUnassigned: boolean;
}) {
  const t = useTranslations("tasks");
  return (
    <HomeSection id="reminders" title={t("home.title")}>
      <CountList
        items={[
          {
            key: "reminders-overdue",
            label: t("home.overdue", { count: overdue }),
            count: overdue,
            href: "/tasks",
            alert: true,
          },
          { key: "reminders-due-soon", label: t("home.dueSoon", { count: dueSoon }), count: dueSoon, href: "/tasks" },
          ...(showUnassigned
            ? [
                {
                  key: "reminders-unassigned",
                  label: t("home.unassignedOverdue", { count: unassignedOverdue }),
                  count: unassignedOverdue,
                  href: "/tasks?view=unassigned",
                  alert: true,
                },
              ]
            : []),
        ]}
      />
      {overdue + dueSoon + unassignedOverdue === 0 ? <p className="muted">{t("home.empty")}</p> : null}
    </HomeSection>
  );
}
