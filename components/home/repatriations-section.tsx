import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList } from "./count-list";

/** The organisation's repatriations by status, and the steps of our side that are overdue. */
export function RepatriationsSection({
  byStatus,
  overdueSteps,
}: {
  byStatus: { status: string; count: number }[];
  overdueSteps: number;
}) {
  const t = useTranslations();
  const open = byStatus.filter((s) => !["DECLINED", "CLOSED", "CANCELLED"].includes(s.status) && s.count > 0);
  return (
    <HomeSection id="repatriations" title={t("home.repatriations.title")}>
      <CountList
        items={[
          {
            key: "overdue-steps",
            label: t("home.repatriations.overdue", { count: overdueSteps }),
            count: overdueSteps,
            href: "/notifications",
            alert: true,
          },
          ...open.map((s) => ({
            key: `repatriation-${s.status}`,
            label: t(`repatriations.statuses.${s.status}`),
            count: s.count,
            href: `/repatriations?status=${s.status}`,
          })),
        ]}
      />
      {open.length === 0 ? <p className="muted">{t("home.repatriations.empty")}</p> : null}
    </HomeSection>
  );
}
