import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { roleHas } from "@/lib/roles/permissions";
import { listShelters } from "@/lib/shelters/data";
import { countryName } from "@/lib/i18n/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shelters"))("title") };
}

export default async function SheltersPage() {
  const actor = await requireActor("shelters.availability.read");
  const shelters = roleHas(actor.role, "shelters.residents.read") ? await listShelters(actor.scope) : [];
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <>
      <div className="page-header">
        <h1>{t("shelters.title")}</h1>
        <div style={{ display: "flex", gap: ".75rem", flexWrap: "wrap" }}>
          <Link className="btn btn-secondary" href="/shelters/availability">
            {t("shelters.availability")}
          </Link>
          <Link className="btn btn-secondary" href="/shelters/requests">
            {t("shelters.requests")}
          </Link>
          {roleHas(actor.role, "shelters.manage") ? (
            <Link className="btn" href="/shelters/new">
              {t("shelters.create")}
            </Link>
          ) : null}
        </div>
      </div>
      {roleHas(actor.role, "shelters.residents.read") ? (
        shelters.length === 0 ? (
          <p className="muted">{t("shelters.none")}</p>
        ) : (
          <div className="cards" data-testid="shelters">
            {shelters.map((s) => (
              <div key={s.id} className="card">
                <Link href={`/shelters/${s.id}`}>
                  <strong>{s.name}</strong>
                </Link>
                <div className="muted">
                  {s.city}, {countryName(s.countryCode, locale)} · {t(`shelters.populations.${s.population}`)}
                </div>
                <p>
                  {t("shelters.countsLine", { capacity: s.capacity, occupied: s.occupied, held: s.held, free: s.free })}
                </p>
              </div>
            ))}
          </div>
        )
      ) : (
        <p className="muted">{t("shelters.availabilityOnly")}</p>
      )}
    </>
  );
}
