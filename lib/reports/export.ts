// Figures tables as files: CSV (one line per row, every table of a section in one file, with the
// codes beside the names for whoever processes it) and an XLSX workbook (a sheet per table, and a
// first sheet saying what the figures are). Figures are small: the files are built whole.
import "server-only";
import ExcelJS from "exceljs";
import { csvLine } from "@/lib/csv";
import { MULTI_VALUED_TABLES, TABLE_UNITS } from "./codes";
import { cellText, rowLabel } from "./labels";
import type { Cell, FigureTable, SectionFigures } from "./types";

type Translate = (key: string, values?: Record<string, string | number>) => string;

export interface ExportContext {
  t: Translate;
  locale: string;
  organisationName: string;
  /** The filters as the reader reads them ("Sex: Female"), for the cover sheet. */
  filterLines: string[];
  generatedAt: string;
}

const hiddenCode = (cell: Cell) =>
  typeof cell === "number" ? "" : "fewerThan" in cell ? `fewer_than_${cell.fewerThan}` : "withheld";
const countOf = (cell: Cell) => (typeof cell === "number" ? cell : "");

export function figuresCsv(figures: SectionFigures, tables: FigureTable[], context: ExportContext): string {
  const { t, locale } = context;
  const lines = [csvLine(["table", "unit", "code", "label", "count", "hidden", "from", "to"])];
  for (const table of tables) {
    const unit = TABLE_UNITS[table.id];
    for (const row of table.rows)
      lines.push(
        csvLine([
          table.id,
          unit,
          row.key ?? "",
          rowLabel(table.id, row, t, locale),
          countOf(row.count),
          hiddenCode(row.count),
          figures.from,
          figures.to,
        ]),
      );
    lines.push(
      csvLine([
        table.id,
        unit,
        "total",
        t("reports.total"),
        countOf(table.total),
        hiddenCode(table.total),
        figures.from,
        figures.to,
      ]),
    );
  }
  return lines.join("");
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ], each once. */
function sheetName(title: string, taken: Set<string>): string {
  const base =
    title
      .replace(/[:\\/?*[\]]/g, " ")
      .slice(0, 28)
      .trim() || "Sheet";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function figuresWorkbook(
  figures: SectionFigures,
  tables: FigureTable[],
  context: ExportContext,
): Promise<Uint8Array<ArrayBuffer>> {
  const { t } = context;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tumar";
  workbook.created = new Date();
  const taken = new Set<string>();
  const about = workbook.addWorksheet(sheetName(t("reports.workbookAbout"), taken));
  about.columns = [{ width: 28 }, { width: 60 }];
  about.addRows([
    [t("reports.organisation"), context.organisationName],
    [t(`reports.sections.${figures.section}`), ""],
    [t("reports.period"), `${figures.from} – ${figures.to}`],
    ...context.filterLines.map((line) => [t("reports.filter"), line]),
    [t("reports.generatedAt"), context.generatedAt],
    [t("reports.smallNumbers"), figures.suppressed ? t("reports.smallNumbersHidden") : t("reports.smallNumbersShown")],
  ]);
  about.getColumn(1).font = { bold: true };
  for (const table of tables)
    addTableSheet(workbook, table, sheetName(t(`reports.tables.${table.id}`), taken), context);
  return bytesOf(workbook);
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  const buffer = await workbook.xlsx.writeBuffer();
  // Copied out of the Buffer (which may be a view into a larger pool).
  return new Uint8Array(buffer as unknown as ArrayLike<number>);
}

function addTableSheet(workbook: ExcelJS.Workbook, table: FigureTable, name: string, context: ExportContext) {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [{ width: 40 }, { width: 16 }, { width: 14 }];
  writeTable(sheet, table, context, context.t(`reports.tables.${table.id}`));
}

/**
 * One table's rows under a header (its title, or its dimension's name), the total, and the note
 * where rows overlap: the same in a table's own sheet and in the period report's section sheets.
 */
function writeTable(
  sheet: ExcelJS.Worksheet,
  table: FigureTable,
  { t, locale }: Pick<ExportContext, "t" | "locale">,
  heading = t(`reports.dimensions.${table.id}`),
) {
  sheet.addRow([heading, t(`reports.units.${TABLE_UNITS[table.id]}`), t("reports.code")]).font = { bold: true };
  for (const row of table.rows)
    sheet.addRow([rowLabel(table.id, row, t, locale), cellValue(row.count, t), row.key ?? ""]);
  sheet.addRow([t("reports.total"), cellValue(table.total, t), ""]).font = { bold: true };
  if (MULTI_VALUED_TABLES.has(table.id)) sheet.addRow([t(`reports.overlap.${TABLE_UNITS[table.id]}`)]);
}

/**
 * The period report's workbook: a cover sheet, then one sheet per section with its tables one
 * under another (a title, the rows, the total, a blank line).
 */
export async function periodWorkbook(
  period: { from: string; to: string; label: string },
  sections: SectionFigures[],
  context: Omit<ExportContext, "filterLines">,
): Promise<Uint8Array<ArrayBuffer>> {
  const { t } = context;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Tumar";
  workbook.created = new Date();
  const taken = new Set<string>();
  const about = workbook.addWorksheet(sheetName(t("reports.workbookAbout"), taken));
  about.columns = [{ width: 28 }, { width: 70 }];
  about.addRows([
    [t("reports.organisation"), context.organisationName],
    [t("reports.period"), `${period.label} (${period.from} – ${period.to})`],
    [t("reports.generatedAt"), context.generatedAt],
    [t("reports.smallNumbers"), t("reports.smallNumbersHidden")],
    ...sections.map((figures) => [
      t(`reports.sections.${figures.section}`),
      t(`reports.sectionIntro.${figures.section}`),
    ]),
  ]);
  about.getColumn(1).font = { bold: true };
  for (const figures of sections) {
    const sheet = workbook.addWorksheet(sheetName(t(`reports.sections.${figures.section}`), taken));
    sheet.columns = [{ width: 44 }, { width: 16 }, { width: 14 }];
    for (const table of figures.tables) {
      sheet.addRow([t(`reports.tables.${table.id}`)]).font = { bold: true, size: 12 };
      writeTable(sheet, table, context);
      sheet.addRow([]);
    }
  }
  return bytesOf(workbook);
}

/** A number stays a number in the sheet (so it sums); a hidden count is its words. */
const cellValue = (cell: Cell, t: Translate) => (typeof cell === "number" ? cell : cellText(cell, t));
