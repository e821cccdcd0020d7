import Link from "next/link";
import { useTranslations } from "next-intl";
import { HomeSection } from "./home-section";

interface ShelterWeek {
  id: string;
  name: string;
  capacity: number;
  occupied: number;
  held: number;
  free: number;
  arrivals: number;
  departed: number;
  leaving: number;
}

/** The shelters the actor works in: occupancy, arrivals and departures of the last and next seven days. */
export function ShelterOccupancySection({ shelters }: { shelters: ShelterWeek[] }) {
  const t = useTranslations("home");
  return (
    <HomeSection id="shelters" title={t("shelters.title")} empty={shelters.length === 0 ? t("shelters.empty") : null}>
      <ul className="home-counts">
        {shelters.map((s) => (
          <li key={s.id} data-count-key={`shelter-${s.id}`}>
            <Link href={`/shelters/${s.id}`}>
              <strong>{s.name}</strong>
            </Link>
            <div className="muted">
              {t("shelters.occupancy", { occupied: s.occupied, capacity: s.capacity, held: s.held, free: s.free })}
            </div>
            <div>{t("shelters.week", { arrivals: s.arrivals, departed: s.departed, leaving: s.leaving })}</div>
          </li>
        ))}
      </ul>
    </HomeSection>
  );
}
