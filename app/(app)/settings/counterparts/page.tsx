import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { parseListQuery } from "@/lib/list-query";
import { countryChoices } from "@/lib/i18n/countries";
import { countryName, formatDate } from "@/lib/i18n/format";
import { listCounterparts } from "@/lib/counterparts/data";
import { mayWriteCounterparts } from "@/lib/counterparts/policy";
import { listCounterpartsQuerySchema } from "@/lib/counterparts/schema";
import { COUNTERPART_STATUSES, COUNTERPART_TYPES } from "@/lib/counterparts/codes";
import { AddCounterpartForm } from "@/components/counterparts/counterpart-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Options } from "@/components/ui/options";
import { Pagination } from "@/components/ui/pagination";
import { TableWrap } from "@/components/ui/table-wrap";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("counterparts"))("title") };
}

/** The organisation's directory of counterparts outside Tumar; 404 for roles that do not read it. */
export default async function CounterpartsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("counterparts.read");
  const query = parseListQuery(listCounterpartsQuerySchema, await searchParams);
  const { items, nextCursor } = await listCounterparts(actor.scope, query);
  const t = await getTranslations();
  const locale = await getLocale();
  const countries = countryChoices(locale);
  return (
    <ClientMessages namespaces={["errors", "counterparts"]}>
      <>
        <p>
          <Link href="/settings">{t("settings.title")}</Link>
        </p>
        <div className="page-header">
          <h1>{t("counterparts.title")}</h1>
        </div>
        <p className="muted">{t("counterparts.intro")}</p>
        {mayWriteCounterparts(actor.scope) ? (
          <details className="card">
            <summary>{t("counterparts.add")}</summary>
            <AddCounterpartForm countries={countries} />
          </details>
        ) : null}
        {/* Filters without words (a type, a country, offered or not): they may travel in the URL. */}
        <form className="filters" method="get">
          <div className="field">
            <label htmlFor="filter-type">{t("counterparts.type")}</label>
            <select id="filter-type" name="type" defaultValue={query.type ?? ""}>
              <Options values={COUNTERPART_TYPES} label={(v) => t(`counterparts.types.${v}`)} empty={t("common.all")} />
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-country">{t("counterparts.country")}</label>
            <select id="filter-country" name="country" defaultValue={query.country ?? ""}>
              <option value="">{t("common.all")}</option>
              {[...countries.first, ...countries.rest].map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="filter-status">{t("counterparts.status")}</label>
            <select id="filter-status" name="status" defaultValue={query.status}>
              <Options values={COUNTERPART_STATUSES} label={(v) => t(`counterparts.statuses.${v}`)} />
            </select>
          </div>
          <button className="btn btn-secondary" type="submit">
            {t("common.filter")}
          </button>
        </form>
        {items.length === 0 ? (
          <p className="muted">{t("counterparts.none")}</p>
        ) : (
          <TableWrap>
            <table className="list" data-testid="counterparts-table">
              <thead>
                <tr>
                  <th>{t("counterparts.name")}</th>
                  <th>{t("counterparts.type")}</th>
                  <th>{t("counterparts.country")}</th>
                  <th>{t("counterparts.contactPerson")}</th>
                  <th>{t("counterparts.phone")}</th>
                  <th>{t("counterparts.email")}</th>
                  <th>{t("counterparts.status")}</th>
                  <th>{t("counterparts.updatedAt")}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link href={`/settings/counterparts/${c.id}`}>{c.name}</Link>
                    </td>
                    <td>{t(`counterparts.types.${c.type}`)}</td>
                    <td>{countryName(c.countryCode, locale)}</td>
                    <td>{c.contactPerson ?? ""}</td>
                    <td>{c.phone ?? ""}</td>
                    <td>{c.email ?? ""}</td>
                    <td>{t(c.active ? "counterparts.active" : "counterparts.inactive")}</td>
                    <td>{formatDate(c.updatedAt, locale, actor.timeZone)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
        <Pagination
          basePath="/settings/counterparts"
          params={{ type: query.type, country: query.country, status: query.status, cursor: query.cursor }}
          nextCursor={nextCursor}
          labels={{ next: t("common.next"), first: t("common.first") }}
        />
      </>
    </ClientMessages>
  );
}
