"use client";
// On a person's page: record a document of theirs (or change one: who holds it now, its dates), and
// record a step taken to get it back or replaced. Numbers and notes are encrypted on the server.
import { useTranslations } from "next-intl";
import { DOCUMENT_HOLDERS, DOCUMENT_TYPES, RECOVERY_KINDS, RECOVERY_OUTCOMES } from "@/lib/documents/codes";
import { documentSchema, recoveryStepSchema, updateDocumentSchema } from "@/lib/documents/schema";
import { addDocumentAction, addRecoveryStepAction, updateDocumentAction } from "@/lib/documents/actions";
import type { CountryChoice } from "@/lib/i18n/countries";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { CountryOptions } from "@/components/ui/country-options";
import { SmallForm } from "@/components/ui/small-form";

const Add = defineForm(documentSchema);
const Edit = defineForm(updateDocumentSchema);
const Step = defineForm(recoveryStepSchema);

type Countries = { first: CountryChoice[]; rest: CountryChoice[] };

/** The stored document as the edit form's values (dates as YYYY-MM-DD, blanks as ""). */
export interface DocumentValues {
  id: string;
  version: number;
  type: (typeof DOCUMENT_TYPES)[number];
  issuingCountry: string;
  number: string;
  issuedOn: string;
  expiresOn: string;
  holder: (typeof DOCUMENT_HOLDERS)[number];
  notes: string;
}

function DocumentFields({ prefix, countries }: { prefix: string; countries: Countries }) {
  const t = useTranslations("documents");
  const tc = useTranslations("common");
  return (
    <>
      <div className="grid">
        <Add.Select name="type" id={`${prefix}Type`} label={t("type")}>
          <Options values={DOCUMENT_TYPES} label={(v) => t(`types.${v}`)} />
        </Add.Select>
        <Add.Select name="issuingCountry" id={`${prefix}Country`} label={t("issuingCountry")}>
          <option value="">{tc("choose")}</option>
          <CountryOptions countries={countries} />
        </Add.Select>
        <Add.Input name="number" id={`${prefix}Number`} label={t("number")} autoComplete="off" />
        <Add.Select name="holder" id={`${prefix}Holder`} label={t("holder")}>
          <Options values={DOCUMENT_HOLDERS} label={(v) => t(`holders.${v}`)} />
        </Add.Select>
        <Add.Input name="issuedOn" id={`${prefix}IssuedOn`} label={t("issuedOn")} type="date" />
        <Add.Input name="expiresOn" id={`${prefix}ExpiresOn`} label={t("expiresOn")} type="date" />
      </div>
      <Add.Textarea name="notes" id={`${prefix}Notes`} label={t("notes")} rows={2} />
    </>
  );
}

export function AddDocumentForm({ victimId, countries }: { victimId: string; countries: Countries }) {
  const t = useTranslations("documents");
  return (
    <SmallForm
      schema={Add.schema}
      defaults={{
        type: "PASSPORT",
        issuingCountry: "",
        number: "",
        issuedOn: "",
        expiresOn: "",
        holder: "UNKNOWN",
        notes: "",
      }}
      action={(v) => addDocumentAction(victimId, v)}
      submitLabel={t("add")}
      successMessage={t("added")}
      resetOnSuccess
      testId="add-document-form"
    >
      <DocumentFields prefix="newDocument" countries={countries} />
    </SmallForm>
  );
}

export function EditDocumentForm({ document, countries }: { document: DocumentValues; countries: Countries }) {
  const t = useTranslations("documents");
  const { id, ...values } = document;
  return (
    <SmallForm
      schema={Edit.schema}
      defaults={values}
      stored={values}
      action={(v) => updateDocumentAction(id, v)}
      submitLabel={t("save")}
      successMessage={t("saved")}
      variant="secondary"
      testId={`edit-document-${id}`}
    >
      <DocumentFields prefix={`document-${id}-`} countries={countries} />
    </SmallForm>
  );
}

export function RecoveryStepForm({ documentId, today }: { documentId: string; today: string }) {
  const t = useTranslations("documents");
  return (
    <SmallForm
      schema={Step.schema}
      defaults={{ kind: "ASKED_HOLDER", takenOn: today, outcome: "PENDING", note: "" }}
      action={(v) => addRecoveryStepAction(documentId, v)}
      submitLabel={t("steps.add")}
      successMessage={t("steps.added")}
      resetOnSuccess
      variant="secondary"
      testId={`recovery-step-${documentId}`}
    >
      <div className="grid">
        <Step.Select name="kind" id={`step-${documentId}-kind`} label={t("steps.kind")}>
          <Options values={RECOVERY_KINDS} label={(v) => t(`steps.kinds.${v}`)} />
        </Step.Select>
        <Step.Input name="takenOn" id={`step-${documentId}-takenOn`} label={t("steps.takenOn")} type="date" />
        <Step.Select name="outcome" id={`step-${documentId}-outcome`} label={t("steps.outcome")}>
          <Options values={RECOVERY_OUTCOMES} label={(v) => t(`steps.outcomes.${v}`)} />
        </Step.Select>
      </div>
      <Step.Textarea name="note" id={`step-${documentId}-note`} label={t("steps.note")} rows={2} />
    </SmallForm>
  );
}
