// The figures pages' query, shared by the page, the exports and the API: a period (local calendar
// days of the organisation, both included) and the dimensions to narrow it to. Codes only, no
// personal data, so the query may travel in the URL and be bookmarked.
import { z } from "zod/mini";
import { countryField } from "@/lib/i18n/country-codes";
import { RETURN_KINDS } from "@/lib/repatriations/codes";
import { choice, optional } from "@/lib/validation/fields";
import { EXPLOITATION_TYPES, IDENTIFIED_BY } from "@/lib/victims/codes";
import { SEXES } from "@/lib/vocabulary/person";
import { AGE_BANDS, FIGURE_SECTIONS, SECTION_TABLES, type FigureTableId } from "./codes";

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** The first day figures may start at, and the longest period asked at once (ten years). */
export const FIRST_FIGURES_DAY = "2000-01-01";
const MAX_PERIOD_DAYS = 3660;

const day = z.string().check(
  z.trim(),
  z.regex(DAY, "errors.invalidDate"),
  // A real calendar day (not 30 February, which Date would roll over into March), from 2000 on.
  z.refine((value) => isCalendarDay(value) && value >= FIRST_FIGURES_DAY, "errors.invalidDate"),
);

function isCalendarDay(value: string) {
  const time = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;

export const figuresFilterSchema = z.object({
  sex: optional(choice(SEXES)),
  ageBand: optional(choice(AGE_BANDS)),
  citizenship: optional(countryField),
  exploitationCountry: optional(countryField),
  exploitationType: optional(choice(EXPLOITATION_TYPES)),
  identifiedBy: optional(choice(IDENTIFIED_BY)),
  kind: optional(choice(RETURN_KINDS)),
});

export const figuresQuerySchema = z.extend(figuresFilterSchema, { from: optional(day), to: optional(day) }).check(
  z.superRefine((query, ctx) => {
    if (!query.from || !query.to) return;
    if (query.to < query.from) ctx.addIssue({ code: "custom", path: ["to"], message: "errors.periodEndsBeforeStart" });
    else if (daysBetween(query.from, query.to) > MAX_PERIOD_DAYS)
      ctx.addIssue({ code: "custom", path: ["to"], message: "errors.periodTooLong" });
  }),
);

export type FiguresQuery = z.output<typeof figuresQuerySchema>;
export type FiguresFilters = z.output<typeof figuresFilterSchema>;

export const figureSectionSchema = choice(FIGURE_SECTIONS);

/** The filters each section can narrow by (the form shows only these). */
export const SECTION_FILTERS = {
  people: ["sex", "ageBand", "citizenship", "exploitationCountry", "exploitationType", "identifiedBy"],
  services: ["sex", "ageBand", "citizenship", "exploitationCountry", "exploitationType", "identifiedBy"],
  calls: ["sex", "citizenship"],
  shelters: [],
  returns: ["kind"],
} as const satisfies Record<(typeof FIGURE_SECTIONS)[number], readonly (keyof FiguresFilters)[]>;

/** The quarter a day lies in, as its first and last day. */
export function quarterOf(day: string): { from: string; to: string } {
  const year = Number(day.slice(0, 4));
  const quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  return quarterDays(year, quarter + 1);
}

export function quarterDays(year: number, quarter: number): { from: string; to: string } {
  const first = (quarter - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(year, first + 2, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, "0");
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(first + 2)}-${pad(lastDay)}` };
}

/** The period asked for, or the current quarter of the organisation (`today`: its local day). */
export function periodOf(query: Pick<FiguresQuery, "from" | "to">, today: string): { from: string; to: string } {
  const current = quarterOf(today);
  if (query.from && query.to) return { from: query.from, to: query.to };
  if (query.from) return { from: query.from, to: query.from > current.to ? query.from : current.to };
  if (query.to) return { from: query.to < current.from ? quarterOf(query.to).from : current.from, to: query.to };
  return current;
}

const yearField = z.coerce
  .number("errors.invalid")
  .check(z.int("errors.invalid"), z.minimum(2000, "errors.invalid"), z.maximum(2100, "errors.invalid"));

/**
 * The anonymised case-level file: which years of registration, and as what. Whose people is the
 * role's (lib/reports/policy.ts casePoolOf), never the query's.
 */
export const caseExportQuerySchema = z
  .object({
    format: z._default(z.enum(["csv", "xlsx"], "errors.invalidChoice"), "csv"),
    fromYear: optional(yearField),
    toYear: optional(yearField),
  })
  .check(
    z.refine((q) => !q.fromYear || !q.toYear || q.toYear >= q.fromYear, {
      path: ["toYear"],
      message: "errors.periodEndsBeforeStart",
    }),
  );
export type CaseExportQuery = z.output<typeof caseExportQuerySchema>;

/** A section's file: `format`, and `table` for one of the section's tables (all of them without it). */
export function figuresFileSchema(section: (typeof FIGURE_SECTIONS)[number]) {
  const tables = SECTION_TABLES[section] as readonly FigureTableId[] as [FigureTableId, ...FigureTableId[]];
  return z.object({
    format: z.enum(["csv", "xlsx"], "errors.invalidChoice"),
    table: optional(z.enum(tables, "errors.invalidChoice")),
  });
}

/** Whether the organisation adds its anonymised data to the network's pool. */
export const networkSharingSchema = z.object({ share: z.boolean("errors.invalid") });
