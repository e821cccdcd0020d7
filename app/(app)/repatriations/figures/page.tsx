import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { getRepatriationFigures, STALLED_AFTER_DAYS } from "@/lib/repatriations/figures";
import { FiguresChart } from "@/components/repatriations/figures-chart";
import { getReintegrationFigures } from "@/lib/reintegration/figures";
import { ScoreChart } from "@/components/reintegration/score-chart";
import { countryName } from "@/lib/i18n/format";
import { parseListQuery } from "@/lib/list-query";
import { figuresQuerySchema } from "@/lib/repatriations/schema";
import { RETURN_KINDS } from "@/lib/repatriations/codes";
import { Options } from "@/components/ui/options";
import { TableWrap } from "@/components/ui/table-wrap";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("repatriations"))("figuresTitle") };
}

/** Aggregates only (an ANALYST's view too): no person, no case. */
export default async function RepatriationFiguresPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("reports.aggregate.read");
  // A kind of return is no personal data: the filter may travel in the URL.
  const { kind } = parseListQuery(figuresQuerySchema, await searchParams);
  const [figures, reintegration] = await Promise.all([
    getRepatriationFigures(actor.scope, { kind }),
    getReintegrationFigures(actor.scope, { kind }),
  ]);
  const t = await getTranslations();
  const locale = await getLocale();
  const monthLabel = (month: number) => t("reintegration.monthN", { month });
  const countLabel = (count: number) => t("reintegration.followUpsCount", { count });
  if (!figures) return <p className="muted">{t("reports.aggregatesOnly")}</p>;
  const share = figures.open ? Math.round((figures.stalled / figures.open) * 100) : 0;
  return (
    <>
      <h1>{t("repatriations.figuresTitle")}</h1>
      <p className="muted">{t("reports.aggregatesOnly")}</p>
      <form className="filters" method="get">
        <div className="field">
          <label htmlFor="kind">{t("repatriations.kindFilter")}</label>
          <select id="kind" name="kind" defaultValue={kind ?? ""}>
            <Options values={RETURN_KINDS} label={(v) => t(`repatriations.kinds.${v}`)} empty={t("common.all")} />
          </select>
        </div>
        <button className="btn btn-secondary" type="submit">
          {t("common.filter")}
        </button>
      </form>
      <div className="cards" data-testid="repatriation-figures">
        <div className="card">
          <h2>{t("repatriations.medianToHandover")}</h2>
          <p data-testid="median-to-handover">
            {figures.medianDaysToHandover === null
              ? t("repatriations.noneYet")
              : t("repatriations.days", { count: figures.medianDaysToHandover })}
          </p>
          <p className="muted">{t("repatriations.overCases", { count: figures.handedOverCount })}</p>
        </div>
        <div className="card">
          <h2>{t("repatriations.stalledShare", { days: STALLED_AFTER_DAYS })}</h2>
          <p data-testid="stalled-share">{share}%</p>
          <p className="muted">{t("repatriations.stalledOf", { stalled: figures.stalled, open: figures.open })}</p>
        </div>
      </div>
      <h2>{t("repatriations.casesPerPair")}</h2>
      {figures.pairs.length === 0 ? (
        <p className="muted">{t("repatriations.none")}</p>
      ) : (
        <FiguresChart figures={figures} />
      )}
      <h2>{t("repatriations.medianPerStatus")}</h2>
      <TableWrap>
        <table className="list" data-testid="median-per-status">
          <thead>
            <tr>
              <th>{t("repatriations.status")}</th>
              <th>{t("repatriations.medianDays")}</th>
              <th>{t("repatriations.stays")}</th>
            </tr>
          </thead>
          <tbody>
            {figures.medianDaysInStatus.map((s) => (
              <tr key={s.status}>
                <td>{t(`repatriations.statuses.${s.status}`)}</td>
                <td>{s.days}</td>
                <td>{s.stays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>

      {reintegration ? (
        <section aria-labelledby="reintegration-figures" data-testid="reintegration-figures">
          <h2 id="reintegration-figures">{t("reintegration.figuresTitle")}</h2>
          <p className="muted">{t("reintegration.figuresIntro")}</p>
          <div className="cards">
            <div className="card">
              <h3>{t("reintegration.remigration")}</h3>
              <p data-testid="remigration-share">
                {reintegration.remigration.home12Months
                  ? `${Math.round((reintegration.remigration.remigrated / reintegration.remigration.home12Months) * 100)}%`
                  : t("repatriations.noneYet")}
              </p>
              <p className="muted">
                {t("reintegration.remigrationOf", {
                  remigrated: reintegration.remigration.remigrated,
                  home: reintegration.remigration.home12Months,
                })}
              </p>
            </div>
          </div>
          {reintegration.byKind.length === 0 ? (
            <p className="muted">{t("reintegration.noScores")}</p>
          ) : (
            <>
              <h3>{t("reintegration.byKind")}</h3>
              <ScoreChart
                testId="scores-by-kind"
                label={t("reintegration.byKind")}
                monthLabel={monthLabel}
                countLabel={countLabel}
                series={reintegration.byKind.map((s) => ({
                  key: s.kind,
                  name: t(`repatriations.kinds.${s.kind}`),
                  points: s.points,
                }))}
              />
              <h3>{t("reintegration.byPair")}</h3>
              <ScoreChart
                testId="scores-by-pair"
                label={t("reintegration.byPair")}
                monthLabel={monthLabel}
                countLabel={countLabel}
                series={reintegration.byPair.map((s) => ({
                  key: `${s.sendingCountry}-${s.receivingCountry}`,
                  name: `${countryName(s.sendingCountry, locale)} → ${countryName(s.receivingCountry, locale)}`,
                  points: s.points,
                }))}
              />
              <h3>{t("reintegration.byAssistance")}</h3>
              <ScoreChart
                testId="scores-by-assistance"
                label={t("reintegration.byAssistance")}
                monthLabel={monthLabel}
                countLabel={countLabel}
                series={reintegration.byAssistance.map((s) => ({
                  key: s.type,
                  name: t(`reintegration.types.${s.type}`),
                  points: s.points,
                }))}
              />
              <h3>{t("reintegration.byDimension")}</h3>
              <TableWrap>
                <table className="list" data-testid="scores-by-dimension">
                  <thead>
                    <tr>
                      <th>{t("reintegration.month")}</th>
                      <th>{t("reintegration.dimensions.economic")}</th>
                      <th>{t("reintegration.dimensions.social")}</th>
                      <th>{t("reintegration.dimensions.psychosocial")}</th>
                      <th>{t("reintegration.followUps")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {reintegration.dimensions.map((d) => (
                      <tr key={d.month}>
                        <td>{monthLabel(d.month)}</td>
                        <td>{Math.round(d.economic * 100)}</td>
                        <td>{Math.round(d.social * 100)}</td>
                        <td>{Math.round(d.psychosocial * 100)}</td>
                        <td>{d.n}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableWrap>
            </>
          )}
        </section>
      ) : null}
    </>
  );
}
