import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { workAreasFor } from "@/lib/navigation";

export default async function HomePage() {
  const actor = await requireActor();
  const t = await getTranslations();
  const areas = workAreasFor(actor.role);
  return (
    <>
      <h1>{t("home.title", { name: actor.user.name })}</h1>
      <p className="muted">
        {actor.current
          ? t("home.intro", { role: t(`roles.${actor.role}`), organisation: actor.current.organisationName })
          : t("home.introNetwork")}
      </p>
      <h2>{t("home.areasTitle")}</h2>
      <ul className="cards" style={{ listStyle: "none", padding: 0 }} data-testid="work-areas">
        {areas.map((area) => (
          <li key={area.key} className="card" data-area={area.key}>
            <strong>{t(`home.areas.${area.key}`)}</strong>
            {area.href ? (
              <p>
                <Link href={area.href}>{t("home.open")}</Link>
              </p>
            ) : (
              <p className="muted">{t("home.comingSoon")}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
