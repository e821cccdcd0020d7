import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { parseListQuery } from "@/lib/list-query";
import { casePoolOf } from "@/lib/reports/policy";
import { EXPORT_K, planCaseExport, type CaseSelection } from "@/lib/reports/case-level";
import { planLines } from "@/lib/reports/case-export";
import { CTDC_COLUMNS } from "@/lib/reports/ctdc";
import { caseSelectionFor } from "@/lib/reports/case-level";
import { caseExportQuerySchema } from "@/lib/reports/schema";
import { TableWrap } from "@/components/ui/table-wrap";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("anonymised.title") };
}

/**
 * The anonymised case-level file before it is taken: what it holds, how far it had to be
 * generalised and how many people were left out so that no one stands out, and the files.
 * An organisation's figures roles see their own people; the network administrator the pool of the
 * organisations that chose to add theirs.
 */
export default async function AnonymisedDataPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor();
  const pool = casePoolOf(actor.scope);
  const query = parseListQuery(caseExportQuerySchema, await searchParams);
  const selection = await caseSelectionFor(actor.scope, pool, query);
  if (!selection) notFound();
  const t = await getTranslations();
  const search = (format: "csv" | "xlsx") => {
    const params = new URLSearchParams({ format });
    if (query.fromYear) params.set("fromYear", String(query.fromYear));
    if (query.toYear) params.set("toYear", String(query.toYear));
    return `/reports/anonymised/export?${params.toString()}`;
  };
  return (
    <>
      <h1>{t("reports.anonymised.title")}</h1>
      <p>{t("reports.anonymised.intro", { k: EXPORT_K })}</p>
      {pool === "network" ? (
        <p data-testid="pooled-organisations">
          {t("reports.anonymised.pooled", { count: selection.organisationIds.length })}
        </p>
      ) : null}
      <form className="filters" method="get" aria-label={t("reports.anonymised.yearsLabel")}>
        <div className="field">
          <label htmlFor="fromYear">{t("reports.anonymised.fromYear")}</label>
          <input
            id="fromYear"
            name="fromYear"
            type="number"
            min={2000}
            max={2100}
            defaultValue={query.fromYear ?? ""}
          />
        </div>
        <div className="field">
          <label htmlFor="toYear">{t("reports.anonymised.toYear")}</label>
          <input id="toYear" name="toYear" type="number" min={2000} max={2100} defaultValue={query.toYear ?? ""} />
        </div>
        <button className="btn btn-secondary" type="submit">
          {t("reports.show")}
        </button>
      </form>
      <h2>{t("reports.anonymised.reportTitle")}</h2>
      {/* The first pass counts every person's class: seconds on a large network. The page's answer
          (its status) is settled above; the report streams in when counted. */}
      <Suspense
        fallback={
          <p role="status" aria-live="polite">
            {t("reports.anonymised.counting")}
          </p>
        }
      >
        <PlanReport selection={selection} />
      </Suspense>
      <p className="figure-files">
        {t("reports.anonymised.download")}{" "}
        <a href={search("csv")} download>
          CSV
        </a>{" "}
        ·{" "}
        <a href={search("xlsx")} download>
          XLSX
        </a>
      </p>
      <h2>{t("reports.anonymised.columnsTitle")}</h2>
      <p className="muted">{t("reports.anonymised.columnsIntro")}</p>
      <p className="muted" data-testid="ctdc-columns">
        {CTDC_COLUMNS.join(", ")}
      </p>
    </>
  );
}

/** What anonymisation did to the selection, counted by the first pass. */
async function PlanReport({ selection }: { selection: CaseSelection }) {
  const plan = await planCaseExport(selection);
  const t = await getTranslations();
  return (
    <TableWrap>
      <table className="list" data-testid="anonymisation-report">
        <tbody>
          {planLines(plan, t as never).map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
