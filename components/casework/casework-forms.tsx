"use client";
// The small forms of case work on a record page. Each validates with the shared schema in
// lib/casework/schema.ts and saves through lib/casework/actions.ts.
import { useTranslations } from "next-intl";
import {
  caseNoteSchema,
  CONSENT_KINDS,
  CONSENT_METHODS,
  closeCaseSchema,
  recordConsentSchema,
  supportItemSchema,
} from "@/lib/casework/schema";
import { SUPPORT_STATUSES } from "@/lib/victims/codes";
import { LOCALES, LOCALE_NAMES, type Locale } from "@/lib/i18n/locales";
import {
  addCaseNoteAction,
  addSupportItemAction,
  closeCaseAction,
  recordConsentAction,
  withdrawConsentAction,
} from "@/lib/casework/actions";
import { SUPPORT_AREAS } from "@/lib/victims/codes";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { NamedOptions } from "@/components/ui/named-options";
import { SmallForm } from "@/components/ui/small-form";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

type Organisation = { id: string; name: string };

const Note = defineForm(caseNoteSchema);
const Consent = defineForm(recordConsentSchema);
const Support = defineForm(supportItemSchema);
const Close = defineForm(closeCaseSchema);

export function CaseNoteForm({ victimId, today }: { victimId: string; today: string }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Note.schema}
      defaults={{ occurredOn: today, text: "" }}
      action={(v) => addCaseNoteAction({ victimId }, v)}
      submitLabel={t("casework.addNote")}
      successMessage={t("casework.noteAdded")}
    >
      <Note.Input name="occurredOn" id="noteOccurredOn" label={t("casework.occurredOn")} type="date" />
      <Note.Textarea name="text" id="noteText" label={t("casework.note")} hint={t("casework.noteHint")} rows={3} />
    </SmallForm>
  );
}

export function ConsentForm({
  victimId,
  today,
  organisations,
  counterparts = [],
  sheetLanguage = "",
}: {
  victimId: string;
  today: string;
  /** The sheet's language to offer first: the person's own, where a sheet exists in it. */
  sheetLanguage?: Locale | "";
  organisations: Organisation[];
  /** The organisation's counterparts outside Tumar (a sharing consent may name one instead). */
  counterparts?: Organisation[];
}) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Consent.schema}
      defaults={{
        kind: "SHARING",
        granteeOrganisationId: "",
        granteeCounterpartId: "",
        givenOn: today,
        method: "WRITTEN",
        sheetLanguage: sheetLanguage as Locale,
      }}
      action={(v) => recordConsentAction({ victimId }, v)}
      submitLabel={t("casework.recordConsent")}
      successMessage={t("casework.consentRecorded")}
    >
      <div className="grid">
        <Consent.Select name="kind" id="consentKind" label={t("casework.consentKind")}>
          <Options values={CONSENT_KINDS} label={(v) => t(`casework.consentKinds.${v}`)} />
        </Consent.Select>
        <Consent.Select name="granteeOrganisationId" id="consentOrganisation" label={t("casework.consentOrganisation")}>
          <NamedOptions items={organisations} empty={t("hotline.notRecorded")} />
        </Consent.Select>
        {counterparts.length ? (
          <Consent.Select
            name="granteeCounterpartId"
            id="consentCounterpart"
            label={t("casework.consentCounterpart")}
            hint={t("casework.consentCounterpartHint")}
          >
            <NamedOptions items={counterparts} empty={t("hotline.notRecorded")} />
          </Consent.Select>
        ) : null}
        <Consent.Input name="givenOn" id="consentGivenOn" label={t("casework.givenOn")} type="date" />
        <Consent.Select name="method" id="consentMethod" label={t("casework.method")}>
          <Options values={CONSENT_METHODS} label={(v) => t(`casework.methods.${v}`)} />
        </Consent.Select>
        <Consent.Select name="sheetLanguage" id="consentSheetLanguage" label={t("casework.sheetLanguage")}>
          <option value="">{t("common.choose")}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </option>
          ))}
        </Consent.Select>
      </div>
      <p className="hint">
        <a href="/consent-sheets" target="_blank" rel="noopener">
          {t("casework.openConsentSheets")}
        </a>
      </p>
    </SmallForm>
  );
}

export function SupportItemForm({ victimId }: { victimId: string }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Support.schema}
      defaults={{ area: "HEALTH", status: "PLANNED", provider: "", plannedOn: "", startedOn: "", doneOn: "" }}
      action={(v) => addSupportItemAction({ victimId }, v)}
      submitLabel={t("casework.addSupport")}
      successMessage={t("casework.supportAdded")}
    >
      <div className="grid">
        <Support.Select name="area" id="supportArea" label={t("casework.area")}>
          <Options values={SUPPORT_AREAS} label={(v) => t(`victims.supportAreas.${v}`)} />
        </Support.Select>
        <Support.Select name="status" id="supportStatus" label={t("casework.supportStatus")}>
          <Options values={SUPPORT_STATUSES} label={(v) => t(`victims.supportStatuses.${v}`)} />
        </Support.Select>
        <Support.Input name="provider" id="supportProvider" label={t("casework.provider")} />
        <Support.Input name="plannedOn" id="supportPlannedOn" label={t("casework.plannedOn")} type="date" />
        <Support.Input name="startedOn" id="supportStartedOn" label={t("casework.startedOn")} type="date" />
        <Support.Input name="doneOn" id="supportDoneOn" label={t("casework.doneOn")} type="date" />
      </div>
    </SmallForm>
  );
}

export function CloseCaseForm({ victimId }: { victimId: string }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Close.schema}
      defaults={{ status: "CLOSED", reason: "" }}
      action={(v) => closeCaseAction({ victimId }, v)}
      submitLabel={t("casework.close")}
      successMessage={t("casework.closed")}
      variant="danger"
    >
      <div className="grid">
        <Close.Select name="status" id="closeStatus" label={t("victims.status")}>
          <Options values={["CLOSED", "CLOSED_REFERRED"]} label={(v) => t(`victims.statuses.${v}`)} />
        </Close.Select>
        <Close.Input name="reason" id="closeReason" label={t("casework.closureReason")} />
      </div>
    </SmallForm>
  );
}

/**
 * Withdrawing a consent cannot be undone, and a consent to share takes that organisation's access,
 * referrals and placement requests with it: asked first.
 */
export function WithdrawConsentButton({
  victimId,
  consentId,
  today,
}: {
  victimId: string;
  consentId: string;
  today: string;
}) {
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
