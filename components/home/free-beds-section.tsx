import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList } from "./count-list";

/** Free beds in the organisation's own shelters. */
export function FreeBedsSection({ free, shelters }: { free: number; shelters: number }) {
  const t = useTranslations("home");
  return (
    <HomeSection id="beds" title={t("beds.title")} empty={shelters === 0 ? t("beds.noShelters") : null}>
      <CountList
        items={[{ key: "free-beds", label: t("beds.free", { count: free, shelters }), count: free, href: "/shelters" }]}
      />
    </HomeSection>
  );
}
