import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod/mini";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { roleHas } from "@/lib/roles/permissions";
import { countByStatus, listCountryPairs, listRepatriations } from "@/lib/repatriations/data";
import { listRepatriationsQuerySchema } from "@/lib/repatriations/schema";
import { REPATRIATION_STATUSES, RETURN_KINDS } from "@/lib/repatriations/codes";
import { statusKey } from "@/lib/repatriations/labels";
import { listParamsSchema } from "@/lib/api/handler";
import { parseListQuery } from "@/lib/list-query";
import { countryName, formatDate } from "@/lib/i18n/format";
import { Pagination } from "@/components/ui/pagination";
import { SortHeader } from "@/components/ui/sort-header";
import { Options } from "@/components/ui/options";
import { TableWrap } from "@/components/ui/table-wrap";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("repatriations"))("boardTitle") };
}

/** The pipeline board: the organisation's cases on either side, by status, with what is waiting. */
export default async function RepatriationBoardPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("repatriations.read");
  const params = await searchParams;
  const query = parseListQuery(
    z.extend(listRepatriationsQuerySchema, { cursor: listParamsSchema.shape.cursor }),
    params,
  );
  const [{ items, nextCursor }, counts, pairs] = await Promise.all([
    listRepatriations(actor.scope, query),
    countByStatus(actor.scope, query),
    listCountryPairs(actor.scope),
  ]);
  const t = await getTranslations();
  const locale = await getLocale();
  const pairLabel = (s: string, r: string) => `${countryName(s, locale)} → ${countryName(r, locale)}`;
  const statusHref = (status?: string) => {
    const search = new URLSearchParams();
    if (query.pair) search.set("pair", query.pair);
    if (query.kind) search.set("kind", query.kind);
    if (status) search.set("status", status);
    return `/repatriations${search.size ? `?${search}` : ""}`;
  };
  return (
    <>
      <div className="page-header">
        <h1>{t("repatriations.boardTitle")}</h1>
        {roleHas(actor.role, "reports.aggregate.read") ? (
          <Link href="/repatriations/figures">{t("repatriations.figuresTitle")}</Link>
        ) : null}
      </div>
      {roleHas(actor.role, "repatriations.move") ? <p className="muted">{t("repatriations.startHint")}</p> : null}
      <nav aria-label={t("repatriations.byStatus")}>
        <ol className="pipeline" data-testid="pipeline">
          {REPATRIATION_STATUSES.map((status) => (
            <li key={status} aria-current={query.status === status ? "true" : undefined}>
              <Link href={statusHref(status)}>
                <span>{t(`repatriations.statuses.${status}`)}</span>{" "}
                <strong data-testid={`count-${status}`}>{counts[status] ?? 0}</strong>
              </Link>
            </li>
          ))}
        </ol>
      </nav>
      <form className="filters" method="get">
        <div className="field">
          <label htmlFor="pair">{t("repatriations.countryPair")}</label>
          <select id="pair" name="pair" defaultValue={query.pair ?? ""}>
            <option value="">{t("common.all")}</option>
            {pairs.map((p) => (
              <option key={p.pair} value={p.pair}>
                {pairLabel(p.sendingCountry, p.receivingCountry)} ({p.count})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="kind">{t("repatriations.kindFilter")}</label>
          <select id="kind" name="kind" defaultValue={query.kind ?? ""}>
            <Options values={RETURN_KINDS} label={(v) => t(`repatriations.kinds.${v}`)} empty={t("common.all")} />
          </select>
        </div>
        <div className="field">
          <label htmlFor="status">{t("repatriations.status")}</label>
          <select id="status" name="status" defaultValue={query.status ?? ""}>
            <Options
              values={REPATRIATION_STATUSES}
              label={(v) => t(`repatriations.statuses.${v}`)}
              empty={t("common.all")}
            />
          </select>
        </div>
        <label className="checkbox-field">
          <input type="checkbox" name="open" value="1" defaultChecked={query.open === "1"} />{" "}
          {t("repatriations.openOnly")}
        </label>
        <button className="btn btn-secondary" type="submit">
          {t("common.filter")}
        </button>
        <Link href="/repatriations">{t("common.clear")}</Link>
      </form>
      {items.length === 0 ? (
        <p className="muted">{t("repatriations.none")}</p>
      ) : (
        <TableWrap>
          <table className="list one-line" data-testid="repatriations-table">
            <thead>
              <tr>
                <th>{t("repatriations.person")}</th>
                <th>{t("repatriations.countryPair")}</th>
                <th>{t("repatriations.status")}</th>
                <SortHeader
                  label={t("repatriations.daysInStatus")}
                  linkLabel={t("common.sortBy", { column: t("repatriations.daysInStatus") })}
                  basePath="/repatriations"
                  params={params}
                  current={query.order ?? "recent"}
                  options={[
                    { value: "recent", direction: "ascending" },
                    { value: "longest", direction: "descending" },
                  ]}
                />
                <th>{t("repatriations.waitingOn")}</th>
                <th>{t("repatriations.otherSide")}</th>
                <th>{t("repatriations.overdueTasks")}</th>
                <th>{t("repatriations.targetTravelDate")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} className={r.overdueTasks > 0 ? "row-overdue" : undefined}>
                  <td>
                    <Link href={`/repatriations/${r.id}`}>
                      {r.person
                        ? `${r.person.givenName} ${r.person.familyName}`
                        : r.personShown === "restricted"
                          ? `${t("people.restricted")} · ${r.restrictedCaseNumber}`
                          : t("repatriations.personHidden")}
                    </Link>
                    {r.person && r.side === "SENDING" ? (
                      <span className="muted alt-line">{r.person.caseNumber}</span>
                    ) : null}
                  </td>
                  <td>{pairLabel(r.sendingCountry, r.receivingCountry)}</td>
                  <td>
                    {t(statusKey(r.kind, r.status))}
                    <span className="muted alt-line">{t(`repatriations.kindShort.${r.kind}`)}</span>
                  </td>
                  <td>{r.daysInStatus}</td>
                  <td>
                    {r.waitingOn
                      ? r.waitingOn === r.side || r.alone
                        ? t("repatriations.waitingOnUs")
                        : t("repatriations.waitingOnThem")
                      : ""}
                  </td>
                  <td>
                    {r.otherOrganisation}{" "}
                    {r.alone ? (
                      <span className="muted">({t("repatriations.counterpartSide")})</span>
                    ) : (
                      <span className="muted">
                        ({t(`repatriations.sides.${r.side === "SENDING" ? "RECEIVING" : "SENDING"}`)})
                      </span>
                    )}
                  </td>
                  <td>{r.overdueTasks > 0 ? <span className="badge badge-critical">{r.overdueTasks}</span> : 0}</td>
                  <td>{r.targetTravelDate ? formatDate(r.targetTravelDate, locale, "UTC") : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <Pagination
        basePath="/repatriations"
        params={params}
        nextCursor={nextCursor}
        labels={{ next: t("common.next"), first: t("common.first") }}
      />
    </>
  );
}
