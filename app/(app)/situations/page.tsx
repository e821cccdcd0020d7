import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { roleHas } from "@/lib/roles/permissions";
import { parseListQuery } from "@/lib/list-query";
import { countryName, formatDate } from "@/lib/i18n/format";
import { regionName } from "@/lib/i18n/regions";
import { listSituations } from "@/lib/situations/data";
import { listSituationsQuerySchema } from "@/lib/situations/schema";
import { SITUATION_STATUSES } from "@/lib/situations/codes";
import { Options } from "@/components/ui/options";
import { Pagination } from "@/components/ui/pagination";
import { TableWrap } from "@/components/ui/table-wrap";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("situations"))("title") };
}

export default async function SituationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("situations.list");
  const params = await searchParams;
  const query = parseListQuery(listSituationsQuerySchema, params);
  const { items, nextCursor } = await listSituations(actor.scope, query);
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <>
      <div className="page-header">
        <h1>{t("situations.title")}</h1>
        {roleHas(actor.role, "situations.write") ? (
          <Link className="btn" href="/situations/new">
            {t("situations.record")}
          </Link>
        ) : null}
      </div>
      <p className="muted">{t("situations.intro")}</p>
      {/* A filter without words (a status): it may travel in the URL. */}
      <form className="filters" method="get">
        <div className="field">
          <label htmlFor="status">{t("situations.status")}</label>
          <select id="status" name="status" defaultValue={query.status ?? ""}>
            <Options values={SITUATION_STATUSES} label={(v) => t(`situations.statuses.${v}`)} empty={t("common.all")} />
          </select>
        </div>
        <button className="btn btn-secondary" type="submit">
          {t("common.filter")}
        </button>
      </form>
      {items.length === 0 ? (
        <p className="muted">{t("situations.none")}</p>
      ) : (
        <TableWrap>
          <table className="list one-line" data-testid="situations-table">
            <thead>
              <tr>
                <th>{t("situations.reference")}</th>
                <th>{t("situations.where")}</th>
                <th>{t("victims.exploitationTypes")}</th>
                <th>{t("situations.people")}</th>
                <th>{t("situations.calls")}</th>
                <th>{t("situations.status")}</th>
                <th>{t("situations.inCharge")}</th>
                <th>{t("situations.startedOn")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id}>
                  <td>
                    <Link href={`/situations/${s.id}`}>{s.reference}</Link>
                  </td>
                  <td>
                    {countryName(s.countryCode, locale)}
                    {s.regionCode ? ` · ${regionName(s.regionCode, locale) ?? s.regionCode}` : ""}
                  </td>
                  <td className="clip">
                    {s.exploitationTypes.map((e) => t(`victims.exploitationTypeNames.${e}`)).join(", ")}
                  </td>
                  <td>
                    {s.peopleEstimated
                      ? t("situations.identifiedOfEstimated", {
                          identified: s.peopleIdentified,
                          estimated: s.peopleEstimated,
                        })
                      : s.peopleIdentified}
                  </td>
                  <td>{s.calls}</td>
                  <td>{t(`situations.statuses.${s.status}`)}</td>
                  <td>{s.assignedTo?.name ?? ""}</td>
                  <td>{s.startedOn ? formatDate(s.startedOn, locale, "UTC") : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pagination
        basePath="/situations"
        params={params}
        nextCursor={nextCursor}
        labels={{ next: t("common.next"), first: t("common.first") }}
      />
    </>
  );
}
