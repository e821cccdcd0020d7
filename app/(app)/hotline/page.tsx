import { dateTimeFormat } from "@/lib/i18n/intl-cache";
import type { Metadata } from "next";
import Link from "next/link";
import { SearchField } from "@/components/ui/search-field";
import { ListFiltersForm } from "@/components/ui/list-filters-form";
import { listSearchOfPage } from "@/lib/search/query";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { roleHas } from "@/lib/roles/permissions";
import { getMonthFigures, getSearchSnippets, listCallOperators, listHotlineCalls } from "@/lib/hotline/data";
import { listHotlineCallsQuerySchema } from "@/lib/hotline/schema";
import { ACTIONS, CALL_TYPES, CHANNELS, TOPICS, URGENCIES } from "@/lib/hotline/codes";
import { parseListQuery } from "@/lib/list-query";
import { localDay } from "@/lib/time/zoned";
import { CallsTable } from "@/components/hotline/calls-table";
import { MonthChart } from "@/components/hotline/month-chart";
import { MonthNav } from "@/components/hotline/month-nav";
import { Pagination } from "@/components/ui/pagination";
import { FilterSelect } from "@/components/hotline/filter-select";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("hotline"))("title") };
}

type Params = Record<string, string | undefined>;

export default async function HotlinePage({ searchParams }: { searchParams: Promise<Params> }) {
  const actor = await requireActor("hotline.calls.read");
  const search = listSearchOfPage("/hotline", actor.scope.userId, await searchParams);
  const params = search.links;
  const timeZone = actor.timeZone;
  const query = parseListQuery(listHotlineCallsQuerySchema, search.query);
  const month = /^\d{4}-\d{2}$/.test(params.month ?? "") ? params.month! : localDay(new Date(), timeZone).slice(0, 7);
  const [{ items, nextCursor }, figures, operators] = await Promise.all([
    listHotlineCalls(actor.scope, query, timeZone),
    getMonthFigures(actor.scope, month),
    listCallOperators(actor.scope),
  ]);
  // A search of summaries shows the words around each match (the calls' pages show the rest).
  const snippets = query.q
    ? await getSearchSnippets(
        actor.scope,
        items.map((c) => c.id),
        query.q,
      )
    : undefined;
  const t = await getTranslations();
  const locale = await getLocale();
  const exportQuery = new URLSearchParams(
    Object.entries(params).filter(([k, v]) => v && k !== "cursor" && k !== "month") as [string, string][],
  );
  const select = (name: string, label: string, values: readonly string[], labelOf: (v: string) => string) => (
    <FilterSelect
      name={name}
      label={label}
      values={values}
      labelOf={labelOf}
      value={params[name]}
      allLabel={t("common.all")}
    />
  );
  return (
    <>
      <div className="page-header">
        <h1>{t("hotline.title")}</h1>
        <div style={{ display: "flex", gap: ".75rem", flexWrap: "wrap" }}>
          <Link className="btn btn-secondary" href="/hotline/callbacks">
            {t("hotline.callbacks")}
          </Link>
          {roleHas(actor.role, "hotline.calls.log") ? (
            <Link className="btn" href="/hotline/new">
              {t("hotline.newCall")}
            </Link>
          ) : null}
        </div>
      </div>
      {figures ? (
        <>
          <MonthNav month={month} basePath="/hotline" params={params} />
          <MonthChart
            figures={figures}
            title={t("hotline.month", {
              month: dateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
                new Date(`${month}-15T00:00:00Z`),
              ),
            })}
          />
        </>
      ) : null}
      <h2>{t("hotline.list")}</h2>
      <ListFiltersForm list="hotline">
        <input type="hidden" name="month" value={month} />
        <div className="field">
          <label htmlFor="filter-from">{t("hotline.from")}</label>
          <input id="filter-from" type="date" name="from" defaultValue={query.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="filter-to">{t("hotline.to")}</label>
          <input id="filter-to" type="date" name="to" defaultValue={query.to ?? ""} />
        </div>
        {select("topic", t("hotline.topic"), TOPICS, (v) => t(`hotline.topicNames.${v}`))}
        {select("urgency", t("hotline.urgency"), URGENCIES, (v) => t(`hotline.urgencyShort.${v}`))}
        {select("channel", t("hotline.channel"), CHANNELS, (v) => t(`hotline.channels.${v}`))}
        {select("callType", t("hotline.callType"), CALL_TYPES, (v) => t(`hotline.callTypes.${v}`))}
        {select("action", t("hotline.action"), ACTIONS, (v) => t(`hotline.actionNames.${v}`))}
        {select("status", t("hotline.status"), ["INCOMPLETE", "COMPLETE"], (v) =>
          t(v === "INCOMPLETE" ? "hotline.incomplete" : "hotline.complete"),
        )}
        <div className="field">
          <label htmlFor="filter-operator">{t("hotline.operator")}</label>
          <select id="filter-operator" name="operator" defaultValue={query.operator ?? ""}>
            <option value="">{t("common.all")}</option>
            {operators.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <SearchField
          id="filter-q"
          label={t("hotline.searchSummaries")}
          defaultValue={query.q}
          maxLength={200}
          title={t("hotline.searchHint")}
          lostMessage={search.searchLost ? t("common.searchLost") : undefined}
        />
        <label className="checkbox-field">
          <input type="checkbox" name="callbackDue" value="1" defaultChecked={Boolean(query.callbackDue)} />{" "}
          {t("hotline.callbackDue")}
        </label>
        <label className="checkbox-field">
          <input type="checkbox" name="includeVoided" value="1" defaultChecked={Boolean(query.includeVoided)} />{" "}
          {t("hotline.includeVoided")}
        </label>
        <button className="btn btn-secondary" type="submit">
          {t("common.filter")}
        </button>
        <Link href="/hotline">{t("common.clear")}</Link>
      </ListFiltersForm>
      <p>
        <a href={`/hotline/export?${exportQuery.toString()}`} download>
          {t("hotline.export")}
        </a>{" "}
        <span className="muted">{t("hotline.exportHint")}</span>
      </p>
      {items.length === 0 ? (
        <p className="muted">{t("hotline.none")}</p>
      ) : (
        <CallsTable
          calls={items}
          locale={locale}
          timeZone={timeZone}
          sort={{ basePath: "/hotline", params, order: query.order ?? "newest" }}
          snippets={snippets}
        />
      )}
      <Pagination
        basePath="/hotline"
        params={params}
        nextCursor={nextCursor}
        labels={{ next: t("common.next"), first: t("common.first") }}
      />
    </>
  );
}
