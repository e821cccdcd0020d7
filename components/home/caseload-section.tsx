import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList } from "./count-list";

/** Active cases per worker, each a link to the list filtered by that worker. */
export function CaseloadSection({ workers }: { workers: { id: string; name: string; count: number }[] }) {
  const t = useTranslations("home");
  return (
    <HomeSection id="caseload" title={t("caseload.title")} empty={workers.length === 0 ? t("caseload.empty") : null}>
      <CountList
        items={workers.map((w) => ({
          key: `worker-${w.id}`,
          label: w.name,
          count: w.count,
          // A staff member's id, as the list's own worker filter uses; no one's personal data.
          href: `/victims?assignedTo=${w.id}&status=ACTIVE`,
        }))}
      />
    </HomeSection>
  );
}
