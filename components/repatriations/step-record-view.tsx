// What the steps have recorded so far, read-only, in the order of the road home.
import { getLocale, getTranslations } from "next-intl/server";
import type { StepRecord, StepRecordFieldName } from "@/lib/repatriations/schema";
import { STEP_FIELDS } from "@/lib/repatriations/steps";
import { DERIVED_TRAVEL_FIELDS } from "@/lib/repatriations/travel-document";
import { formatDate } from "@/lib/i18n/format";

const CHOICE_LABELS: Partial<Record<StepRecordFieldName, string>> = {
  riskOutcome: "riskOutcomes",
  documentType: "documentTypes",
  documentStatus: "documentProgress",
  transport: "transportModes",
};

const LIST_LABELS: Partial<Record<StepRecordFieldName, string>> = {
  supportAreas: "victims.supportAreas",
  exitConditions: "repatriations.exitConditionKinds",
  risksOnReturn: "repatriations.risksOnReturnKinds",
};

/** The step's chosen document is shown as where it stands (kind, status, expiry), not as its id. */
const shownFields = (fields: readonly StepRecordFieldName[]): StepRecordFieldName[] =>
  fields.flatMap((f) => (f === "travelDocumentId" ? [...DERIVED_TRAVEL_FIELDS] : [f]));

export async function StepRecordView({ record }: { record: StepRecord }) {
  const t = await getTranslations();
  const locale = await getLocale();
  const show = (name: StepRecordFieldName): string | null => {
    const value = record[name];
    if (value === undefined || value === null || value === "") return null;
    if (name === "exitResolved") return value ? t("common.yes") : t("common.no");
    if (LIST_LABELS[name])
      return (
        (value as string[]).map((a) => t(`${LIST_LABELS[name]}.${a}`)).join(", ") || t("repatriations.noneRecorded")
      );
    if (CHOICE_LABELS[name]) return t(`repatriations.${CHOICE_LABELS[name]}.${value as string}`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(String(value))) return formatDate(`${value}T00:00:00Z`, locale, "UTC");
    return String(value);
  };
  // A field worked on over several steps (the exit conditions) is shown with the first.
  const seen = new Set<string>();
  const steps = Object.entries(STEP_FIELDS)
    .map(([status, fields]) => ({
      status,
      rows: shownFields(fields!)
        .filter((f) => !seen.has(f) && Boolean(seen.add(f)))
        .map((f) => [f, show(f)] as const)
        .filter(([, v]) => v !== null),
    }))
    .filter((s) => s.rows.length > 0);
  if (steps.length === 0) return <p className="muted">{t("repatriations.nothingRecorded")}</p>;
  return (
    <div className="cards cards-wide step-record" data-testid="step-record">
      {steps.map((step) => (
        <div key={step.status} className="card">
          <h3>{t(`repatriations.statuses.${step.status}`)}</h3>
          <dl className="facts">
            {step.rows.map(([name, value]) => (
              <div key={name}>
                <dt>{t(`repatriations.fields.${name}`)}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      ))}
    </div>
  );
}
