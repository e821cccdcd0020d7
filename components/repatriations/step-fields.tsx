"use client";
// The inputs of a repatriation step's record, by field name: the same inputs serve the form that
// edits the current step and the forms of the moves that carry a step's fields (travel plan,
// handover, reintegration plan). Validation is the shared zod schema's; messages are translated.
import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { RISK_OUTCOMES } from "@/lib/repatriations/codes";
import { DOCUMENT_PROGRESS, DOCUMENT_TYPES, TRANSPORT_MODES } from "@/lib/repatriations/codes";
import type { StepFieldName } from "@/lib/repatriations/schema";
import { SUPPORT_AREAS } from "@/lib/victims/codes";
import { Field, fieldAria } from "@/components/ui/field";
import { Options } from "@/components/ui/options";

const CHOICES: Partial<Record<StepFieldName, { values: readonly string[]; labels: string }>> = {
  riskOutcome: { values: RISK_OUTCOMES, labels: "riskOutcomes" },
  documentType: { values: DOCUMENT_TYPES, labels: "documentTypes" },
  documentStatus: { values: DOCUMENT_PROGRESS, labels: "documentProgress" },
  transport: { values: TRANSPORT_MODES, labels: "transportModes" },
};
const DATES: StepFieldName[] = ["documentExpiry", "travelDate", "arrivedOn"];
const LONG_TEXT: StepFieldName[] = ["riskNotes", "riskOverride", "route", "handoverPeople", "handoverNotes"];

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- react-hook-form's own context type
export function StepFieldInputs<T extends FieldValues>({ fields, form, idPrefix }: { fields: readonly StepFieldName[]; form: UseFormReturn<T, any, any>; idPrefix: string }) {
  const t = useTranslations();
  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  return (
    <>
      {fields.map((name) => {
        const id = `${idPrefix}-${name}`;
        const message = errors[name]?.message;
        const error = message ? t(message) : undefined;
        const label = t(`repatriations.fields.${name}`);
        const register = form.register(name as Path<T>);
        const choice = CHOICES[name];
        if (name === "entryBanCleared") {
          return (
            <label key={name} className="checkbox-field">
              <input type="checkbox" {...form.register(name as Path<T>)} id={id} /> {label}
            </label>
          );
        }
        if (name === "supportAreas") {
          return (
            <fieldset key={name} className="checkbox-group" aria-describedby={error ? `${id}-error` : undefined}>
              <legend>{label}</legend>
              {SUPPORT_AREAS.map((area) => (
                <label key={area} className="checkbox-field">
                  <input type="checkbox" value={area} {...register} /> {t(`victims.supportAreas.${area}`)}
                </label>
              ))}
              {error ? (
                <span className="field-error" id={`${id}-error`} role="alert">
                  {error}
                </span>
              ) : null}
            </fieldset>
          );
        }
        return (
          <Field key={name} id={id} label={label} error={error} hint={name === "riskOverride" ? t("repatriations.riskOverrideHint") : undefined}>
            {choice ? (
              <select {...register} {...fieldAria(id, error)}>
                <Options values={choice.values} label={(v) => t(`repatriations.${choice.labels}.${v}`)} empty={t("common.choose")} />
              </select>
            ) : LONG_TEXT.includes(name) ? (
              <textarea rows={3} {...register} {...fieldAria(id, error, name === "riskOverride" ? "hint" : undefined)} />
            ) : (
              <input type={DATES.includes(name) ? "date" : "text"} {...register} {...fieldAria(id, error)} />
            )}
          </Field>
        );
      })}
    </>
  );
}
