import Link from "next/link";
import { SearchField } from "@/components/ui/search-field";
import { ListFiltersForm } from "@/components/ui/list-filters-form";
import { listSearchOfPage } from "@/lib/search/query";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { parseListQuery } from "@/lib/list-query";
import { listOrganisations } from "@/lib/orgs/data";
import { listOrganisationsQuerySchema } from "@/lib/orgs/schema";
import { countryName } from "@/lib/i18n/format";
import { Pagination } from "@/components/ui/pagination";
import { TableWrap } from "@/components/ui/table-wrap";

export default async function OrganisationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("network.organisations.manage");
  const search = listSearchOfPage("/network/organisations", actor.scope.userId, await searchParams);
  const params = search.links;
  const query = parseListQuery(listOrganisationsQuerySchema, search.query);
  const { items, nextCursor } = await listOrganisations(actor.scope, query);
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <>
      <div className="page-header">
        <h1>{t("orgs.title")}</h1>
        <Link className="btn" href="/network/organisations/new">
          {t("orgs.add")}
        </Link>
      </div>
      <p>
        <Link href="/reports/anonymised">{t("reports.anonymised.link")}</Link>
      </p>
      <ListFiltersForm list="organisations">
        <SearchField
          label={t("common.search")}
          defaultValue={query.q}
          placeholder={t("orgs.searchPlaceholder")}
          maxLength={100}
          lostMessage={search.searchLost ? t("common.searchLost") : undefined}
        />
        <div className="field">
          <label htmlFor="country">{t("orgs.country")}</label>
          <input id="country" name="country" defaultValue={query.country ?? ""} maxLength={2} placeholder="UZ" />
        </div>
        <button className="btn btn-secondary" type="submit">
          {t("common.filter")}
        </button>
        <Link href="/network/organisations">{t("common.clear")}</Link>
      </ListFiltersForm>
      {items.length === 0 ? (
        <p className="muted">{t("orgs.none")}</p>
      ) : (
        <TableWrap>
          <table className="list one-line">
            <thead>
              <tr>
                <th>{t("orgs.name")}</th>
                <th>{t("orgs.code")}</th>
                <th>{t("orgs.kind")}</th>
                <th>{t("orgs.country")}</th>
                <th>{t("orgs.timeZone")}</th>
                <th>{t("orgs.members")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((org) => (
                <tr key={org.id}>
                  <td>{org.name}</td>
                  <td>{org.code}</td>
                  <td>{t(`orgKinds.${org.kind}`)}</td>
                  <td>{countryName(org.countryCode, locale)}</td>
                  <td>{org.timeZone}</td>
                  <td>{org._count.memberships}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pagination
        basePath="/network/organisations"
        params={params}
        nextCursor={nextCursor}
        labels={{ next: t("common.next"), first: t("common.first") }}
      />
    </>
  );
}
