// The anonymised case-level file as it streams to the browser: CSV (the CTDC header, then a line
// per published person) or an XLSX workbook (a sheet saying what was generalised and suppressed,
// then the rows), each written batch by batch as the second pass reads them.
import "server-only";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { csvLine } from "@/lib/csv";
import { CTDC_COLUMNS, QUASI_IDENTIFIERS } from "./ctdc";
import { publishedCaseRows, type CaseSelection } from "./case-level";
import type { AnonymisationPlan } from "./k-anonymity";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function caseCsvStream(selection: CaseSelection, plan: AnonymisationPlan): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const batches = publishedCaseRows(selection, plan);
  let headerSent = false;
  return new ReadableStream<Uint8Array>({
    // One batch per pull: the browser's reading paces the database's.
    async pull(controller) {
      if (!headerSent) {
        headerSent = true;
        controller.enqueue(encoder.encode(csvLine([...CTDC_COLUMNS])));
        return;
      }
      // A batch whose people were all left out enqueues nothing, and a pull that enqueues nothing
      // is not called again: read on until a batch has rows, or the file ends.
      for (;;) {
        const next = await batches.next();
        if (next.done) return controller.close();
        if (next.value.length) {
          controller.enqueue(
            encoder.encode(next.value.map((row) => csvLine(CTDC_COLUMNS.map((c) => row[c]))).join("")),
          );
          return;
        }
      }
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

/** The report of what the plan generalised and suppressed, as lines a reader reads (cover sheet, page). */
export function planLines(plan: AnonymisationPlan, t: Translate): [string, string][] {
  const { report } = plan;
  return [
    [t("reports.anonymised.k"), String(report.k)],
    [t("reports.anonymised.peopleIn"), String(report.inputRows)],
    [t("reports.anonymised.peopleOut"), String(report.outputRows)],
    [t("reports.anonymised.suppressed"), String(report.suppressedRows)],
    ...QUASI_IDENTIFIERS.map((column): [string, string] => [
      t(`reports.anonymised.columns.${column}`),
      t(`reports.anonymised.levels.${report.levels[column].description.split(".")[1]}`),
    ]),
  ];
}

export function caseXlsxStream(
  selection: CaseSelection,
  plan: AnonymisationPlan,
  context: { t: Translate; about: [string, string][] },
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  void (async () => {
    const about = workbook.addWorksheet(context.t("reports.workbookAbout"));
    about.columns = [{ width: 40 }, { width: 60 }];
    for (const line of [...context.about, ...planLines(plan, context.t)]) about.addRow(line).commit();
    about.commit();
    const sheet = workbook.addWorksheet(context.t("reports.anonymised.dataSheet"));
    sheet.addRow([...CTDC_COLUMNS]).commit();
    for await (const rows of publishedCaseRows(selection, plan))
      for (const row of rows) sheet.addRow(CTDC_COLUMNS.map((c) => row[c])).commit();
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
