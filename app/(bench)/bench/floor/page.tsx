// The rendering floor of `npm run bench`: the hotline list's markup (page header, filter form,
// a table of 50 calls, pagination) rendered per request like the real page, with synthetic rows
// and no session, no organisation scope, no audit and no database. What the real page costs above
// this and above its own SQL is the app's overhead. 404 unless BENCH_PAGES=on.
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale, getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { CALL_TYPES, CHANNELS, TOPICS, URGENCIES } from "@/lib/hotline/codes";
import type { HotlineCallRow } from "@/lib/hotline/types";
import { CallsTable } from "@/components/hotline/calls-table";
import { Pagination } from "@/components/ui/pagination";
import { FilterSelect } from "@/components/hotline/filter-select";

function syntheticCalls(count: number): HotlineCallRow[] {
  const start = Date.UTC(2026, 10, 29, 12);
  return Array.from({ length: count }, (_, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    organisationId: "00000000-0000-4000-8000-000000000000",
    status: i % 7 ? "COMPLETE" : "INCOMPLETE",
    receivedAt: new Date(start - i * 1_800_000),
    durationSeconds: 120 + i,
    channel: CHANNELS[i % CHANNELS.length]!,
    language: "ru",
    callType: CALL_TYPES[i % CALL_TYPES.length]!,
    callerRelationship: null,
    callerCountry: "UZ",
    personSex: null,
    personAgeGroup: null,
    personCitizenship: "UZ",
    personCountryNow: "RU",
    topics: [TOPICS[i % TOPICS.length]!, TOPICS[(i + 3) % TOPICS.length]!],
    urgency: URGENCIES[i % URGENCIES.length]!,
    actions: [],
    callbackDueAt: null,
    callbackCompletedAt: null,
    authorityReportBasis: null,
    voidedAt: null,
    operator: { id: "00000000-0000-4000-8000-000000000001", name: `Operator ${1 + (i % 4)}` },
  }));
}

export default async function BenchFloorPage() {
  await connection(); // rendered per request, as every page of the app is
  if (env().BENCH_PAGES !== "on") notFound();
  const t = await getTranslations();
  const locale = await getLocale();
  const select = (name: string, label: string, values: readonly string[], labelOf: (v: string) => string) => (
    <FilterSelect name={name} label={label} values={values} labelOf={labelOf} allLabel={t("common.all")} />
  );
  return (
    <main id="content" className="content">
      <div className="page-header">
        <h1>{t("hotline.title")}</h1>
      </div>
      <h2>{t("hotline.list")}</h2>
      <form className="filters" method="get" role="search">
        {select("topic", t("hotline.topic"), TOPICS, (v) => t(`hotline.topicNames.${v}`))}
        {select("urgency", t("hotline.urgency"), URGENCIES, (v) => t(`hotline.urgencyShort.${v}`))}
        {select("channel", t("hotline.channel"), CHANNELS, (v) => t(`hotline.channels.${v}`))}
        {select("callType", t("hotline.callType"), CALL_TYPES, (v) => t(`hotline.callTypes.${v}`))}
      </form>
      <CallsTable calls={syntheticCalls(50)} locale={locale} timeZone="Asia/Tashkent" />
      <Pagination
        basePath="/bench/floor"
        params={{}}
        nextCursor="floor"
        labels={{ next: t("common.next"), first: t("common.first") }}
      />
    </main>
  );
}
