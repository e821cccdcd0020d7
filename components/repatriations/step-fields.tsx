"use client";
// The inputs of a repatriation step's record, by field name: the same inputs serve the form that
// edits the current step and the forms of the moves that carry a step's fields (travel plan,
// handover, reintegration plan). Validation is the shared zod schema's; messages are translated.
import { useTranslations } from "next-intl";
import { EXIT_CONDITIONS, RISK_OUTCOMES, RISKS_ON_RETURN, TRANSPORT_MODES } from "@/lib/repatriations/codes";
import { stepFieldsSchema, type StepFieldName } from "@/lib/repatriations/schema";
import { SUPPORT_AREAS } from "@/lib/victims/codes";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { NamedOptions } from "@/components/ui/named-options";

/** A person's document the travel may rest on, named for the choice (kind, country, holder, expiry). */
export interface TravelDocumentChoice {
  id: string;
  name: string;
}

const CHOICES: Partial<Record<StepFieldName, { values: readonly string[]; labels: string }>> = {
  riskOutcome: { values: RISK_OUTCOMES, labels: "riskOutcomes" },
  transport: { values: TRANSPORT_MODES, labels: "transportModes" },
};
const DATES: StepFieldName[] = ["travelDate", "arrivedOn", "reentryBanUntil"];
const LONG_TEXT: StepFieldName[] = [
  "riskNotes",
  "riskOverride",
  "risksOnReturnNotes",
  "exitNotes",
  "exitOverride",
  "route",
  "handoverPeople",
  "handoverNotes",
];
/** Several choices, with where their labels are. */
const LISTS: Partial<Record<StepFieldName, { values: readonly string[]; labels: string }>> = {
  supportAreas: { values: SUPPORT_AREAS, labels: "victims.supportAreas" },
  exitConditions: { values: EXIT_CONDITIONS, labels: "repatriations.exitConditionKinds" },
  risksOnReturn: { values: RISKS_ON_RETURN, labels: "repatriations.risksOnReturnKinds" },
};
/** Decisions that carry a hint of what they mean. */
const HINTS: Partial<Record<StepFieldName, string>> = {
  riskOverride: "repatriations.riskOverrideHint",
  exitOverride: "repatriations.exitOverrideHint",
  exitConditions: "repatriations.exitConditionsHint",
  risksOnReturn: "repatriations.risksOnReturnHint",
};

const Step = defineForm(stepFieldsSchema);

/** The fields, in the form around them (a step's record, or a move that carries one). */
export function StepFieldInputs({
  fields,
  idPrefix,
  travelDocuments = [],
}: {
  fields: readonly StepFieldName[];
  idPrefix: string;
  travelDocuments?: readonly TravelDocumentChoice[];
}) {
  const t = useTranslations();
  return (
    <>
      {fields.map((name) => {
        const id = `${idPrefix}-${name}`;
        const label = t(`repatriations.fields.${name}`);
        const choice = CHOICES[name];
        if (name === "travelDocumentId") {
          return (
            <Step.Select key={name} name={name} id={id} label={label} hint={t("repatriations.travelDocumentHint")}>
              <NamedOptions items={[...travelDocuments]} empty={t("common.choose")} />
            </Step.Select>
          );
        }
        if (name === "exitResolved") return <Step.Checkbox key={name} name={name} id={id} label={label} />;
        const list = LISTS[name];
        if (list) {
          return (
            <div key={name}>
              <Step.Checkboxes
                name={name}
                id={id}
                label={label}
                options={list.values}
                labelOf={(value) => t(`${list.labels}.${value}`)}
              />
              {HINTS[name] ? <p className="hint">{t(HINTS[name])}</p> : null}
            </div>
          );
        }
        if (choice) {
          return (
            <Step.Select key={name} name={name} id={id} label={label}>
              <Options
                values={choice.values}
                label={(v) => t(`repatriations.${choice.labels}.${v}`)}
                empty={t("common.choose")}
              />
            </Step.Select>
          );
        }
        if (LONG_TEXT.includes(name)) {
          return (
            <Step.Textarea
              key={name}
              name={name}
              id={id}
              label={label}
              hint={HINTS[name] ? t(HINTS[name]) : undefined}
              rows={3}
            />
          );
        }
        return (
          <Step.Input key={name} name={name} id={id} label={label} type={DATES.includes(name) ? "date" : "text"} />
        );
      })}
    </>
  );
}
