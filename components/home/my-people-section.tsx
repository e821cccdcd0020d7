import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList } from "./count-list";

/** A case worker's people (assigned to or opened by them) by status. */
export function MyPeopleSection({ byStatus }: { byStatus: { status: string; count: number }[] }) {
  const t = useTranslations();
  const total = byStatus.reduce((sum, s) => sum + s.count, 0);
  return (
    <HomeSection id="my-people" title={t("home.myPeople.title")} empty={total === 0 ? t("home.myPeople.empty") : null}>
      <CountList
        items={byStatus.map((s) => ({
          key: `status-${s.status}`,
          label: t(`victims.statuses.${s.status}`),
          count: s.count,
          href: `/victims?status=${s.status}`,
        }))}
      />
    </HomeSection>
  );
}
