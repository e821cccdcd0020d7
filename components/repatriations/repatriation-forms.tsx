"use client";
// The forms of a repatriation case. Each sends to a server action that decides, from the stored
// case, whether this side may do it; the browser's view of "who may" only hides buttons.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { useTranslations } from "next-intl";
import {
  addTaskAction,
  completeTaskAction,
  createRepatriationAction,
  handToPartnerAction,
  postMessageAction,
  transitionRepatriationAction,
  updateStepAction,
} from "@/lib/repatriations/actions";
import {
  completeTaskSchema,
  createRepatriationSchema,
  createTaskSchema,
  handToPartnerSchema,
  messageSchema,
  stepFieldsSchema,
  transitionSchema,
  updateStepSchema,
  type StepFieldName,
  type StepFields,
} from "@/lib/repatriations/schema";
import { RETURN_KINDS, type RepatriationStatus } from "@/lib/repatriations/codes";
import type { CountryChoice } from "@/lib/i18n/countries";
import { CountryOptions } from "@/components/ui/country-options";
import { STEP_FIELDS } from "@/lib/repatriations/steps";
import { SmallForm } from "@/components/ui/small-form";
import { NamedOptions } from "@/components/ui/named-options";
import { defineForm } from "@/components/ui/form-field";
import type { SchemaFormValues } from "@/components/ui/use-schema-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionSubmit } from "@/components/ui/use-action-form";
import { SharedFieldsToggle } from "@/components/victims/shared-fields-toggle";
import { StepFieldInputs, type TravelDocumentChoice } from "./step-fields";
import { usePostFallback } from "@/components/ui/post-fallback";

/** Moves that carry the fields of the step they enter. */
const ENTRY_FIELDS: Partial<Record<RepatriationStatus, readonly StepFieldName[]>> = {
  TRAVEL_PLANNED: STEP_FIELDS.TRAVEL_PLANNED,
  HANDED_OVER: STEP_FIELDS.HANDED_OVER,
  REINTEGRATION: STEP_FIELDS.REINTEGRATION,
};

/** Fields kept as lists of choices. */
const LIST_FIELDS: readonly StepFieldName[] = ["supportAreas", "exitConditions", "risksOnReturn"];

/** Refusals of a request that the consent checklist of the case page explains. */
const CONSENT_REFUSALS = ["errors.requestConsentsMissing", "errors.consentToReturnMissing", "errors.noSharingConsent"];

/** Form values of the stored record: dates and text as the inputs hold them, empty where unset. */
function recordDefaults(
  fields: readonly StepFieldName[],
  record: StepFields | null,
): SchemaFormValues<typeof stepFieldsSchema> {
  return Object.fromEntries(
    fields.map((f) => [
      f,
      LIST_FIELDS.includes(f)
        ? (record?.[f] ?? [])
        : f === "exitResolved"
          ? Boolean(record?.exitResolved)
          : (record?.[f] ?? ""),
    ]),
  );
}

const NewRepatriation = defineForm(createRepatriationSchema);
const Move = defineForm(transitionSchema);
const StepRecord = defineForm(updateStepSchema);
const Message = defineForm(messageSchema);
const Partner = defineForm(handToPartnerSchema);
const Task = defineForm(createTaskSchema);
const CompleteTask = defineForm(completeTaskSchema);

/**
 * A new case: how the person comes home and who is on the other side. A coordinator may choose a
 * partner organisation; anyone who prepares a case may choose a counterpart from the directory
 * (then the organisation works every step itself), or record a deportation it will meet.
 */
export function NewRepatriationForm({
  victimId,
  organisations,
  counterparts,
  countries,
}: {
  victimId: string;
  /** Partner organisations, offered to a coordinator only (empty for a case worker). */
  organisations: { id: string; name: string }[];
  counterparts: { id: string; name: string }[];
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
}) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const form = NewRepatriation.useForm({
    defaultValues: {
      victimId,
      kind: "ASSISTED",
      receivingOrganisationId: "",
      counterpartId: "",
      fromCountry: "",
      targetTravelDate: "",
    },
  });
  const kind = form.watch("kind");
  const { submit, formError } = useActionSubmit(form, createRepatriationAction, ({ id }) =>
    router.push(`/repatriations/${id}`),
  );
  return (
    <FormProvider {...form}>
      <form {...postFallback} className="stack card" onSubmit={submit} noValidate>
        {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
        <fieldset disabled={form.formState.isSubmitting}>
          <NewRepatriation.Radios
            name="kind"
            label={t("repatriations.kind")}
            options={RETURN_KINDS}
            labelOf={(k) => t(`repatriations.kinds.${k}`)}
          />
          {kind === "DEPORTATION" ? (
            <>
              <p className="muted">{t("repatriations.deportationHint")}</p>
              <NewRepatriation.Select name="fromCountry" label={t("repatriations.deportedFrom")}>
                <option value="">{t("common.choose")}</option>
                <CountryOptions countries={countries} />
              </NewRepatriation.Select>
            </>
          ) : organisations.length ? (
            <NewRepatriation.Select
              name="receivingOrganisationId"
              label={t("repatriations.receivingOrganisation")}
              hint={t("repatriations.receivingHint")}
            >
              <NamedOptions items={organisations} empty={t("repatriations.noPartnerOrganisation")} />
            </NewRepatriation.Select>
          ) : null}
          <NewRepatriation.Select
            name="counterpartId"
            label={t(kind === "DEPORTATION" ? "repatriations.deportationCounterpart" : "repatriations.counterpart")}
            hint={t(
              kind === "DEPORTATION" ? "repatriations.deportationCounterpartHint" : "repatriations.counterpartHint",
            )}
          >
            <NamedOptions items={counterparts} empty={t("common.choose")} />
          </NewRepatriation.Select>
          <p>
            <Link href="/settings/counterparts">{t("repatriations.counterpartDirectory")}</Link>
          </p>
          {kind === "DEPORTATION" ? null : (
            <NewRepatriation.Input name="targetTravelDate" label={t("repatriations.targetTravelDate")} type="date" />
          )}
          <SubmitButton
            busy={form.formState.isSubmitting}
            label={t("repatriations.prepare")}
            busyLabel={t("common.saving")}
          />
        </fieldset>
      </form>
    </FormProvider>
  );
}

/** Moves that share the person's record, end a case or end what the other side sees: asked first. */
const CONFIRMED_MOVES: readonly RepatriationStatus[] = [
  "REQUESTED",
  "ACCEPTED",
  "DECLINED",
  "CANCELLED",
  "CLOSED",
  "STAYS",
];

/** One move open to this side: its button, a reason where one is needed, and the fields the move carries. */
export function MoveForm({
  caseId,
  from,
  to,
  record,
  label,
}: {
  caseId: string;
  from: RepatriationStatus;
  to: RepatriationStatus;
  record: StepFields | null;
  /** The move's name where the kind of return names it its own way (a deportation's reception). */
  label?: string;
}) {
  const t = useTranslations();
  const fields = ENTRY_FIELDS[to] ?? [];
  const needsReason = to === "DECLINED" || to === "CANCELLED" || to === "STAYS";
  return (
    <SmallForm
      schema={Move.schema}
      defaults={{
        to,
        from,
        reason: "",
        ...(to === "REQUESTED" ? { sharedFields: [] } : {}),
        ...recordDefaults(fields, record),
      }}
      action={(values) => transitionRepatriationAction(caseId, values)}
      submitLabel={label ?? t(`repatriations.moves.${to}`)}
      successMessage={t("repatriations.moved")}
      variant={to === "CANCELLED" || to === "DECLINED" || to === "STAYS" ? "danger" : undefined}
      resetOnSuccess={false}
      testId={`move-${to}`}
      confirm={
        CONFIRMED_MOVES.includes(to)
          ? { question: t(`repatriations.confirmMoves.${to}`), confirmLabel: t("repatriations.confirmMove") }
          : undefined
      }
    >
      {(form) => (
        <>
          <StepFieldInputs fields={fields} idPrefix={`move-${to}`} />
          {/* A request refused for missing consent points to the checklist in the header, which links to the consent form. */}
          {to === "REQUESTED" && CONSENT_REFUSALS.includes(String(form.formState.errors.to?.message)) ? (
            <a href="#request-consents">{t("repatriations.seeConsents")}</a>
          ) : null}
          {to === "REQUESTED" ? (
            <SharedFieldsToggle id="move-REQUESTED-sharedFields" label={t("repatriations.sharedFields")} />
          ) : null}
          {needsReason || to === "CLOSED" ? (
            <Move.Textarea
              name="reason"
              id={`move-${to}-reason`}
              label={t(
                to === "STAYS"
                  ? "repatriations.stayReason"
                  : needsReason
                    ? "repatriations.reason"
                    : "repatriations.closeReason",
              )}
              rows={2}
            />
          ) : null}
        </>
      )}
    </SmallForm>
  );
}

/**
 * The record of the step the case is in now, editable by the side(s) that work it. It always shows
 * what is stored (after a save it had looked unsaved, "Choose…"), and follows a save by the
 * other side when the page is refreshed.
 */
export function StepRecordForm({
  caseId,
  fields,
  record,
  travelDocuments,
}: {
  caseId: string;
  fields: readonly StepFieldName[];
  record: StepFields | null;
  /** The person's passports and certificates of return, where the step names one. */
  travelDocuments?: readonly TravelDocumentChoice[];
}) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={StepRecord.schema}
      defaults={recordDefaults(fields, record)}
      stored={recordDefaults(fields, record)}
      action={(values) => updateStepAction(caseId, Object.fromEntries(fields.map((f) => [f, values[f]])))}
      submitLabel={t("repatriations.saveStep")}
      successMessage={t("repatriations.stepSaved")}
      resetOnSuccess={false}
      testId="step-record-form"
    >
      <StepFieldInputs fields={fields} idPrefix="step" travelDocuments={travelDocuments} />
    </SmallForm>
  );
}

export function MessageForm({ caseId }: { caseId: string }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Message.schema}
      defaults={{ text: "" }}
      action={(values) => postMessageAction(caseId, values)}
      submitLabel={t("repatriations.send")}
      successMessage={t("repatriations.sent")}
      testId="message-form"
    >
      <Message.Textarea
        name="text"
        id="message-text"
        label={t("repatriations.message")}
        hint={t("repatriations.messageHint")}
        rows={3}
      />
    </SmallForm>
  );
}

export function TaskForm({ caseId, sides }: { caseId: string; sides: { SENDING: string; RECEIVING: string } }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Task.schema}
      defaults={{ title: "", assigneeSide: "", dueOn: "" }}
      action={(values) => addTaskAction(caseId, values)}
      submitLabel={t("repatriations.addTask")}
      successMessage={t("repatriations.taskAdded")}
      testId="task-form"
    >
      <div className="form-row">
        <Task.Input
          name="title"
          id="task-title"
          label={t("repatriations.taskTitle")}
          hint={t("repatriations.taskTitleHint")}
        />
        <Task.Select name="assigneeSide" id="task-side" label={t("repatriations.assignee")}>
          <option value="">{t("common.choose")}</option>
          <option value="SENDING">{sides.SENDING}</option>
          <option value="RECEIVING">{sides.RECEIVING}</option>
        </Task.Select>
        <Task.Input name="dueOn" id="task-due" label={t("repatriations.dueOn")} type="date" />
      </div>
    </SmallForm>
  );
}

/** Marks a task done; a follow-up asks what the visit found. */
export function CompleteTaskForm({
  caseId,
  taskId,
  followUp,
  label,
}: {
  caseId: string;
  taskId: string;
  followUp: boolean;
  label: string;
}) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={CompleteTask.schema}
      defaults={{ note: "" }}
      action={(values) => completeTaskAction(caseId, taskId, values)}
      submitLabel={t("repatriations.markDone")}
      successMessage={t("repatriations.taskDone")}
      variant="secondary"
      testId={`complete-${taskId}`}
    >
      {followUp ? (
        <CompleteTask.Textarea
          name="note"
          id={`note-${taskId}`}
          label={t("repatriations.followUpNote", { task: label })}
          rows={2}
        />
      ) : null}
    </SmallForm>
  );
}

/** A counterpart case handed to a partner organisation of the home country that joined Tumar; asked first. */
export function HandToPartnerForm({
  caseId,
  version,
  organisations,
}: {
  caseId: string;
  version: number;
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Partner.schema}
      defaults={{ receivingOrganisationId: "", version }}
      action={(values) => handToPartnerAction(caseId, values)}
      submitLabel={t("repatriations.handToPartnerButton")}
      successMessage={t("repatriations.handedToPartner")}
      testId="hand-to-partner"
      confirm={{ question: t("repatriations.handToPartnerConfirm"), confirmLabel: t("repatriations.confirmMove") }}
    >
      <Partner.Select
        name="receivingOrganisationId"
        id="partner-organisation"
        label={t("repatriations.partnerOrganisation")}
      >
        <NamedOptions items={organisations} empty={t("common.choose")} />
      </Partner.Select>
    </SmallForm>
  );
}
