// The year's perpetrator records by part played and confidence: counts only (analysts see these).
import { getTranslations } from "next-intl/server";
import type { PerpetratorFigures } from "@/lib/perpetrators/figures";
import { TableWrap } from "@/components/ui/table-wrap";

export async function PerpetratorFiguresTable({ figures, year }: { figures: PerpetratorFigures; year: number }) {
  const t = await getTranslations();
  return (
    <section aria-labelledby="perpetrator-figures-heading">
      <h2 id="perpetrator-figures-heading">{t("reports.perpetrators.title")}</h2>
      {figures.total === 0 ? (
        <p className="muted">{t("reports.perpetrators.none", { year: String(year) })}</p>
      ) : (
        <TableWrap>
          <table className="list" data-testid="perpetrator-figures">
            <caption className="table-caption">
              {t("reports.perpetrators.caption", { year: String(year), total: figures.total })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("reports.perpetrators.role")}</th>
                <th scope="col">{t("perpetrators.confidences.ALLEGED")}</th>
                <th scope="col">{t("perpetrators.confidences.PROBABLE")}</th>
                <th scope="col">{t("perpetrators.confidences.CONFIRMED")}</th>
                <th scope="col">{t("reports.perpetrators.total")}</th>
              </tr>
            </thead>
            <tbody>
              {figures.byRole.map((r) => (
                <tr key={r.role ?? "none"}>
                  <th scope="row">{r.role ? t(`situations.roles.${r.role}`) : t("reports.perpetrators.noRole")}</th>
                  <td>{r.alleged}</td>
                  <td>{r.probable}</td>
                  <td>{r.confirmed}</td>
                  <td>{r.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
