import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";
import { CountList, type CountItem } from "./count-list";

/** What partners wait for from us: referrals to accept or decline, placement requests to answer. */
export function WaitingSection({ referrals, placements }: { referrals: number | null; placements: number | null }) {
  const t = useTranslations("home");
  const items: CountItem[] = [];
  if (referrals !== null)
    items.push({
      key: "referrals",
      label: t("waiting.referrals", { count: referrals }),
      count: referrals,
      href: "/referrals",
      alert: true,
    });
  if (placements !== null)
    items.push({
      key: "placements",
      label: t("waiting.placements", { count: placements }),
      count: placements,
      href: "/shelters/requests",
      alert: true,
    });
  if (items.length === 0) return null;
  return (
    <HomeSection id="waiting" title={t("waiting.title")}>
      <CountList items={items} />
      {items.every((i) => i.count === 0) ? <p className="muted">{t("waiting.empty")}</p> : null}
    </HomeSection>
  );
}
