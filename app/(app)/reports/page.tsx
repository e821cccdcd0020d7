import { dateTimeFormat } from "@/lib/i18n/intl-cache";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { getMonthFigures } from "@/lib/hotline/data";
import { localDay } from "@/lib/time/zoned";
import { MonthChart } from "@/components/hotline/month-chart";
import { MonthNav } from "@/components/hotline/month-nav";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

/** Aggregate figures only: what an ANALYST may see. */
export default async function ReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("reports.aggregate.read");
  const params = await searchParams;
  const timeZone = actor.timeZone;
  const month = /^\d{4}-\d{2}$/.test(params.month ?? "") ? params.month! : localDay(new Date(), timeZone).slice(0, 7);
  const figures = await getMonthFigures(actor.scope, month, timeZone);
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <>
      <h1>{t("reports.title")}</h1>
      <p className="muted">{t("reports.aggregatesOnly")}</p>
      <p>
        <Link href="/repatriations/figures">{t("repatriations.figuresTitle")}</Link>
      </p>
      <h2>{t("reports.hotline")}</h2>
      <MonthNav month={month} basePath="/reports" params={params} />
      {figures ? (
        <MonthChart
          figures={figures}
          title={t("hotline.month", {
            month: dateTimeFormat(locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
              new Date(`${month}-15T00:00:00Z`),
            ),
          })}
        />
      ) : null}
    </>
  );
}
