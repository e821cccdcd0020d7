"use client";
// The small forms of case work on a record page. Each validates with the shared schema in
// lib/casework/schema.ts and saves through lib/casework/actions.ts.
import { useTranslations } from "next-intl";
import { caseNoteSchema, CONSENT_KINDS, CONSENT_METHODS, closeCaseSchema, recordConsentSchema, SUPPORT_STATUSES, supportItemSchema } from "@/lib/casework/schema";
import { addCaseNoteAction, addSupportItemAction, closeCaseAction, recordConsentAction, withdrawConsentAction } from "@/lib/casework/actions";
import { SUPPORT_AREAS } from "@/lib/victims/codes";
import { Field, fieldAria } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { NamedOptions } from "@/components/ui/named-options";
import { SmallForm } from "@/components/ui/small-form";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

type Organisation = { id: string; name: string };

function useMessage() {
  const t = useTranslations();
  return (key: unknown) => (typeof key === "string" ? t(key) : undefined);
}

export function CaseNoteForm({ victimId, today }: { victimId: string; today: string }) {
  const t = useTranslations();
  const message = useMessage();
  return (
    <SmallForm schema={caseNoteSchema} defaults={{ occurredOn: today, text: "" }} action={(v) => addCaseNoteAction({ victimId }, v)} submitLabel={t("casework.addNote")} successMessage={t("casework.noteAdded")}>
      {(form) => (
        <>
          <Field id="noteOccurredOn" label={t("casework.occurredOn")} error={message(form.formState.errors.occurredOn?.message)}>
            <input type="date" {...fieldAria("noteOccurredOn", form.formState.errors.occurredOn?.message as string)} {...form.register("occurredOn")} />
          </Field>
          <Field id="noteText" label={t("casework.note")} hint={t("casework.noteHint")} error={message(form.formState.errors.text?.message)}>
            <textarea rows={3} {...fieldAria("noteText", form.formState.errors.text?.message as string, "hint")} {...form.register("text")} />
          </Field>
        </>
      )}
    </SmallForm>
  );
}

export function ConsentForm({ victimId, today, organisations }: { victimId: string; today: string; organisations: Organisation[] }) {
  const t = useTranslations();
  const message = useMessage();
  return (
    <SmallForm
      schema={recordConsentSchema}
      defaults={{ kind: "SHARING", granteeOrganisationId: "", givenOn: today, method: "WRITTEN" }}
      action={(v) => recordConsentAction({ victimId }, v)}
      submitLabel={t("casework.recordConsent")}
      successMessage={t("casework.consentRecorded")}
    >
      {(form) => (
        <div className="grid">
          <Field id="consentKind" label={t("casework.consentKind")} error={message(form.formState.errors.kind?.message)}>
            <select id="consentKind" {...form.register("kind")}>
              <Options values={CONSENT_KINDS} label={(v) => t(`casework.consentKinds.${v}`)} />
            </select>
          </Field>
          <Field id="consentOrganisation" label={t("casework.consentOrganisation")} error={message(form.formState.errors.granteeOrganisationId?.message)}>
            <select id="consentOrganisation" {...form.register("granteeOrganisationId")}>
              <NamedOptions items={organisations} empty={t("hotline.notRecorded")} />
            </select>
          </Field>
          <Field id="consentGivenOn" label={t("casework.givenOn")} error={message(form.formState.errors.givenOn?.message)}>
            <input type="date" id="consentGivenOn" {...form.register("givenOn")} />
          </Field>
          <Field id="consentMethod" label={t("casework.method")} error={message(form.formState.errors.method?.message)}>
            <select id="consentMethod" {...form.register("method")}>
              <Options values={CONSENT_METHODS} label={(v) => t(`casework.methods.${v}`)} />
            </select>
          </Field>
        </div>
      )}
    </SmallForm>
  );
}

export function SupportItemForm({ victimId }: { victimId: string }) {
  const t = useTranslations();
  const message = useMessage();
  return (
    <SmallForm
      schema={supportItemSchema}
      defaults={{ area: "HEALTH", status: "PLANNED", provider: "", plannedOn: "", startedOn: "", doneOn: "" }}
      action={(v) => addSupportItemAction({ victimId }, v)}
      submitLabel={t("casework.addSupport")}
      successMessage={t("casework.supportAdded")}
    >
      {(form) => (
        <div className="grid">
          <Field id="supportArea" label={t("casework.area")}>
            <select id="supportArea" {...form.register("area")}>
              <Options values={SUPPORT_AREAS} label={(v) => t(`victims.supportAreas.${v}`)} />
            </select>
          </Field>
          <Field id="supportStatus" label={t("casework.supportStatus")}>
            <select id="supportStatus" {...form.register("status")}>
              <Options values={SUPPORT_STATUSES} label={(v) => t(`victims.supportStatuses.${v}`)} />
            </select>
          </Field>
          <Field id="supportProvider" label={t("casework.provider")} error={message(form.formState.errors.provider?.message)}>
            <input id="supportProvider" {...form.register("provider")} />
          </Field>
          <Field id="supportPlannedOn" label={t("casework.plannedOn")} error={message(form.formState.errors.plannedOn?.message)}>
            <input type="date" id="supportPlannedOn" {...form.register("plannedOn")} />
          </Field>
          <Field id="supportStartedOn" label={t("casework.startedOn")} error={message(form.formState.errors.startedOn?.message)}>
            <input type="date" id="supportStartedOn" {...form.register("startedOn")} />
          </Field>
          <Field id="supportDoneOn" label={t("casework.doneOn")} error={message(form.formState.errors.doneOn?.message)}>
            <input type="date" id="supportDoneOn" {...form.register("doneOn")} />
          </Field>
        </div>
      )}
    </SmallForm>
  );
}

export function CloseCaseForm({ victimId }: { victimId: string }) {
  const t = useTranslations();
  const message = useMessage();
  return (
    <SmallForm
      schema={closeCaseSchema}
      defaults={{ status: "CLOSED", reason: "" }}
      action={(v) => closeCaseAction({ victimId }, v)}
      submitLabel={t("casework.close")}
      successMessage={t("casework.closed")}
      variant="danger"
    >
      {(form) => (
        <div className="grid">
          <Field id="closeStatus" label={t("victims.status")}>
            <select id="closeStatus" {...form.register("status")}>
              <Options values={["CLOSED", "CLOSED_REFERRED"]} label={(v) => t(`victims.statuses.${v}`)} />
            </select>
          </Field>
          <Field id="closeReason" label={t("casework.closureReason")} error={message(form.formState.errors.reason?.message)}>
            <input id="closeReason" {...form.register("reason")} />
          </Field>
        </div>
      )}
    </SmallForm>
  );
}

/**
 * Withdrawing a consent cannot be undone, and a consent to share takes that organisation's access,
 * referrals and placement requests with it: asked first (#15.6).
 */
export function WithdrawConsentButton({ victimId, consentId, today }: { victimId: string; consentId: string; today: string }) {
  const t = useTranslations("casework");
  return (
    <ConfirmActionButton
      testId={`withdraw-consent-${consentId}`}
      label={t("withdraw")}
      question={t("withdrawConfirm")}
      confirmLabel={t("withdrawYes")}
      doneMessage={t("consentWithdrawn")}
      run={() => withdrawConsentAction({ victimId, itemId: consentId }, { withdrawnOn: today })}
    />
  );
}
