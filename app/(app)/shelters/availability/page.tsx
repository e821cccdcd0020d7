import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { roleHas } from "@/lib/roles/permissions";
import { listAvailability } from "@/lib/shelters/data";
import { availabilityQuerySchema } from "@/lib/shelters/schema";
import { POPULATIONS } from "@/lib/shelters/codes";
import { listVictims } from "@/lib/victims/data";
import { listVictimsQuerySchema } from "@/lib/victims/schema";
import { parseListQuery } from "@/lib/list-query";
import { countryName } from "@/lib/i18n/format";
import { Options } from "@/components/ui/options";
import { CountryOptions } from "@/components/ui/country-options";
import { countryChoices } from "@/lib/i18n/countries";
import { PlacementRequestForm } from "@/components/shelters/placement-request-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shelters"))("availability") };
}

/** Free beds across the network: no addresses, no residents. */
export default async function AvailabilityPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("shelters.availability.read");
  const params = await searchParams;
  const query = parseListQuery(availabilityQuerySchema, params);
  const shelters = await listAvailability(actor.scope, query);
  // Asking for a placement shares the person: the roles that may refer.
  const mayRequest = roleHas(actor.role, "cases.referral.send");
  const people = mayRequest
    ? (await listVictims(actor.scope, listVictimsQuerySchema.parse({ limit: 100, status: "ACTIVE" }))).items.filter(
        (v) => v.organisationId === actor.current?.organisationId,
      )
    : [];
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <ClientMessages namespaces={["errors", "hotline", "casework", "referrals", "shelters", "orgs"]}>
      <>
        <h1>{t("shelters.availability")}</h1>
        <form className="filters" method="get" role="search">
          <div className="field">
            <label htmlFor="city">{t("shelters.city")}</label>
            <input id="city" name="city" defaultValue={query.city ?? ""} maxLength={100} />
          </div>
          <div className="field">
            <label htmlFor="country">{t("orgs.country")}</label>
            <select id="country" name="country" defaultValue={query.country ?? ""}>
              <option value="">{t("common.all")}</option>
              <CountryOptions countries={countryChoices(locale)} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="population">{t("shelters.population")}</label>
            <select id="population" name="population" defaultValue={query.population ?? ""}>
              <Options values={POPULATIONS} label={(v) => t(`shelters.populations.${v}`)} empty={t("common.all")} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="age">{t("victims.age")}</label>
            <input id="age" name="age" type="number" min={0} max={110} defaultValue={query.age ?? ""} />
          </div>
          <button className="btn btn-secondary" type="submit">
            {t("common.filter")}
          </button>
        </form>
        {shelters.length === 0 ? <p className="muted">{t("shelters.none")}</p> : null}
        <div className="cards" data-testid="availability">
          {shelters.map((s) => (
            <div key={s.id} className="card" data-shelter={s.name}>
              <strong>{s.name}</strong>
              <div className="muted">
                {s.organisationName} · {s.city}, {countryName(s.countryCode, locale)}
              </div>
              <div>
                {t(`shelters.populations.${s.population}`)}
                {s.minAge !== null || s.maxAge !== null ? ` · ${s.minAge ?? 0}–${s.maxAge ?? "…"}` : ""}
              </div>
              <p>
                <strong>{t("shelters.freeBeds", { count: s.free })}</strong>
              </p>
              {mayRequest && s.free > 0 ? (
                <details>
                  <summary>{t("shelters.requestPlacement")}</summary>
                  <PlacementRequestForm shelterId={s.id} people={people} />
                </details>
              ) : null}
            </div>
          ))}
        </div>
      </>
    </ClientMessages>
  );
}
