"use client";
// On a returned person's case: an item of the reintegration plan, a change to one as it goes, the
// follow-up survey that completes a follow-up task, and what became of the person later. Each
// sends to a server action that decides from the stored case whether the actor keeps it.
import { useTranslations } from "next-intl";
import { ASSISTANCE_STATUSES, ASSISTANCE_TYPES } from "@/lib/reintegration/codes";
import { ALL_QUESTIONS } from "@/lib/reintegration/survey";
import { assistanceSchema, flagsSchema, followUpSchema, updateAssistanceSchema } from "@/lib/reintegration/schema";
import {
  addAssistanceAction,
  recordFollowUpAction,
  setReintegrationFlagsAction,
  updateAssistanceAction,
} from "@/lib/reintegration/actions";
import { CURRENCIES } from "@/lib/vocabulary/currencies";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { NamedOptions } from "@/components/ui/named-options";
import { SmallForm } from "@/components/ui/small-form";

const Add = defineForm(assistanceSchema);
const Change = defineForm(updateAssistanceSchema);
const Survey = defineForm(followUpSchema);
const Flags = defineForm(flagsSchema);

/** An item's fields; the same inputs add one and change one. */
function AssistanceFields({ prefix, inputs }: { prefix: string; inputs: typeof Add | typeof Change }) {
  const t = useTranslations("reintegration");
  return (
    <div className="grid">
      <inputs.Select name="type" id={`${prefix}Type`} label={t("type")}>
        <Options values={ASSISTANCE_TYPES} label={(v) => t(`types.${v}`)} />
      </inputs.Select>
      <inputs.Select name="status" id={`${prefix}Status`} label={t("status")}>
        <Options values={ASSISTANCE_STATUSES} label={(v) => t(`statuses.${v}`)} />
      </inputs.Select>
      <inputs.Input name="provider" id={`${prefix}Provider`} label={t("provider")} />
      <inputs.Input
        name="amount"
        id={`${prefix}Amount`}
        label={t("amount")}
        hint={t("amountHint")}
        inputMode="decimal"
      />
      <inputs.Select name="currency" id={`${prefix}Currency`} label={t("currency")}>
        <Options values={CURRENCIES} label={(v) => v} empty={t("noCurrency")} />
      </inputs.Select>
      <inputs.Input name="startsOn" id={`${prefix}StartsOn`} label={t("startsOn")} type="date" />
      <inputs.Input name="endsOn" id={`${prefix}EndsOn`} label={t("endsOn")} type="date" />
    </div>
  );
}

export function AddAssistanceForm({ caseId }: { caseId: string }) {
  const t = useTranslations("reintegration");
  return (
    <SmallForm
      schema={Add.schema}
      defaults={{
        type: "MICRO_GRANT",
        status: "PLANNED",
        provider: "",
        amount: "",
        currency: "",
        startsOn: "",
        endsOn: "",
      }}
      action={(values) => addAssistanceAction(caseId, values)}
      submitLabel={t("addAssistance")}
      successMessage={t("assistanceAdded")}
      testId="add-assistance"
    >
      <AssistanceFields prefix="assistance" inputs={Add} />
    </SmallForm>
  );
}

export interface AssistanceValues {
  id: string;
  version: number;
  type: (typeof ASSISTANCE_TYPES)[number];
  status: (typeof ASSISTANCE_STATUSES)[number];
  provider: string;
  amount: string;
  currency: string;
  startsOn: string;
  endsOn: string;
}

export function ChangeAssistanceForm({ item }: { item: AssistanceValues }) {
  const t = useTranslations("reintegration");
  const { id, ...values } = item;
  return (
    <SmallForm
      schema={Change.schema}
      defaults={values}
      stored={values}
      action={(v) => updateAssistanceAction(id, v)}
      submitLabel={t("saveAssistance")}
      successMessage={t("assistanceSaved")}
      resetOnSuccess={false}
      testId={`change-assistance-${id}`}
    >
      <AssistanceFields prefix={`assistance-${id}`} inputs={Change} />
    </SmallForm>
  );
}

/** The survey of one follow-up: every question, answered worst to best, and a free note. */
export function FollowUpForm({ caseId, taskId, today }: { caseId: string; taskId: string; today: string }) {
  const t = useTranslations("reintegration");
  return (
    <SmallForm
      schema={Survey.schema}
      defaults={{
        conductedOn: today,
        ...Object.fromEntries(ALL_QUESTIONS.map((q) => [q.question, ""])),
        note: "",
      }}
      action={(values) => recordFollowUpAction(caseId, taskId, values)}
      submitLabel={t("recordFollowUp")}
      successMessage={(data) => t("followUpRecorded", { score: Math.round(data.overall * 100) })}
      testId={`follow-up-${taskId}`}
    >
      <Survey.Input name="conductedOn" id={`${taskId}-conductedOn`} label={t("conductedOn")} type="date" />
      {(["economic", "social", "psychosocial"] as const).map((dimension) => (
        <fieldset key={dimension} className="stack">
          <legend>{t(`dimensions.${dimension}`)}</legend>
          {ALL_QUESTIONS.filter((q) => q.dimension === dimension).map((q) => (
            <Survey.Radios
              key={q.question}
              name={q.question as "health"}
              id={`${taskId}-${q.question}`}
              label={t(`questions.${q.question}.label`)}
              options={q.answers as readonly string[] as typeof q.answers & string[]}
              labelOf={(answer) => t(`questions.${q.question}.${answer}`)}
            />
          ))}
        </fieldset>
      ))}
      <Survey.Textarea name="note" id={`${taskId}-note`} label={t("followUpNote")} rows={3} />
    </SmallForm>
  );
}

export interface FlagValues {
  version: number;
  remigratedOn: string;
  retraffickedOn: string;
  retraffickedSituationId: string;
  lostContactOn: string;
}

/** Migrated again, trafficked again (and the new situation), lost from contact. */
export function FlagsForm({
  caseId,
  values,
  situations,
}: {
  caseId: string;
  values: FlagValues;
  situations: { id: string; name: string }[];
}) {
  const t = useTranslations("reintegration");
  return (
    <SmallForm
      schema={Flags.schema}
      defaults={values}
      stored={values}
      action={(v) => setReintegrationFlagsAction(caseId, v)}
      submitLabel={t("saveFlags")}
      successMessage={t("flagsSaved")}
      resetOnSuccess={false}
      testId="reintegration-flags"
    >
      <div className="grid">
        <Flags.Input name="remigratedOn" id="flag-remigrated" label={t("flags.remigratedOn")} type="date" />
        <Flags.Input name="retraffickedOn" id="flag-retrafficked" label={t("flags.retraffickedOn")} type="date" />
        <Flags.Select name="retraffickedSituationId" id="flag-situation" label={t("flags.retraffickedSituationId")}>
          <NamedOptions items={situations} empty={t("flags.noSituation")} />
        </Flags.Select>
        <Flags.Input name="lostContactOn" id="flag-lost" label={t("flags.lostContactOn")} type="date" />
      </div>
    </SmallForm>
  );
}
