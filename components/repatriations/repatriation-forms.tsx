"use client";
// The forms of a repatriation case. Each sends to a server action that decides, from the stored
// case, whether this side may do it; the browser's view of "who may" only hides buttons.
import { useRouter } from "next/navigation";
import { FormProvider } from "react-hook-form";
import { useTranslations } from "next-intl";
import {
  addTaskAction,
  completeTaskAction,
  createRepatriationAction,
  postMessageAction,
  transitionRepatriationAction,
  updateStepAction,
} from "@/lib/repatriations/actions";
import {
  completeTaskSchema,
  createRepatriationSchema,
  createTaskSchema,
  messageSchema,
  stepFieldsSchema,
  transitionSchema,
  updateStepSchema,
  type StepFieldName,
  type StepFields,
} from "@/lib/repatriations/schema";
import type { RepatriationStatus } from "@/lib/repatriations/codes";
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
      f === "supportAreas"
        ? (record?.supportAreas ?? [])
        : f === "entryBanCleared"
          ? Boolean(record?.entryBanCleared)
          : (record?.[f] ?? ""),
    ]),
  );
}

const NewRepatriation = defineForm(createRepatriationSchema);
const Move = defineForm(transitionSchema);
const StepRecord = defineForm(updateStepSchema);
const Message = defineForm(messageSchema);
const Task = defineForm(createTaskSchema);
const CompleteTask = defineForm(completeTaskSchema);

export function NewRepatriationForm({
  victimId,
  organisations,
}: {
  victimId: string;
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations();
  const postFallback = usePostFallback();
  const router = useRouter();
  const form = NewRepatriation.useForm({
    defaultValues: { victimId, receivingOrganisationId: "", targetTravelDate: "" },
  });
  const { submit, formError } = useActionSubmit(form, createRepatriationAction, ({ id }) =>
    router.push(`/repatriations/${id}`),
  );
  return (
    <FormProvider {...form}>
      <form {...postFallback} className="stack card" onSubmit={submit} noValidate>
        {formError ? <Alert kind="error">{t(formError)}</Alert> : null}
        <fieldset disabled={form.formState.isSubmitting}>
          <NewRepatriation.Select
            name="receivingOrganisationId"
            label={t("repatriations.receivingOrganisation")}
            hint={t("repatriations.receivingHint")}
          >
            <NamedOptions items={organisations} empty={t("common.choose")} />
          </NewRepatriation.Select>
          <NewRepatriation.Input name="targetTravelDate" label={t("repatriations.targetTravelDate")} type="date" />
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
const CONFIRMED_MOVES: readonly RepatriationStatus[] = ["REQUESTED", "ACCEPTED", "DECLINED", "CANCELLED", "CLOSED"];

/** One move open to this side: its button, a reason where one is needed, and the fields the move carries. */
export function MoveForm({
  caseId,
  from,
  to,
  record,
}: {
  caseId: string;
  from: RepatriationStatus;
  to: RepatriationStatus;
  record: StepFields | null;
}) {
  const t = useTranslations();
  const fields = ENTRY_FIELDS[to] ?? [];
  const needsReason = to === "DECLINED" || to === "CANCELLED";
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
      submitLabel={t(`repatriations.moves.${to}`)}
      successMessage={t("repatriations.moved")}
      variant={to === "CANCELLED" || to === "DECLINED" ? "danger" : undefined}
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
              label={t(needsReason ? "repatriations.reason" : "repatriations.closeReason")}
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
