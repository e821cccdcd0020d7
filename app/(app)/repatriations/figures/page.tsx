import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { getRepatriationFigures, STALLED_AFTER_DAYS } from "@/lib/repatriations/figures";
import { FiguresChart } from "@/components/repatriations/figures-chart";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("repatriations"))("figuresTitle") };
}

/** Aggregates only (an ANALYST's view too): no person, no case. */
export default async function RepatriationFiguresPage() {
  const actor = await requireActor("reports.aggregate.read");
  const figures = await getRepatriationFigures(actor.scope);
  const t = await getTranslations();
  if (!figures) return <p className="muted">{t("reports.aggregatesOnly")}</p>;
  const share = figures.open ? Math.round((figures.stalled / figures.open) * 100) : 0;
  return (
    <>
      <h1>{t("repatriations.figuresTitle")}</h1>
      <p className="muted">{t("reports.aggregatesOnly")}</p>
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
      <div className="table-wrap">
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
      </div>
    </>
  );
}
