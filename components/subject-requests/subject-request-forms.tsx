"use client";
// The forms of a data-subject request (decision 0033): set a legal hold (with its reason), lift it
// (asked first), and erase the person (the case number typed, then asked once more; the outcome said
// in words). Each validates with lib/subject-requests/schema.ts and saves through its actions.
import { useTranslations } from "next-intl";
import { erasePersonSchema, legalHoldSchema } from "@/lib/subject-requests/schema";
import { erasePersonAction, liftLegalHoldAction, setLegalHoldAction } from "@/lib/subject-requests/actions";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

const Hold = defineForm(legalHoldSchema);
const Erase = defineForm(erasePersonSchema);

export function LegalHoldForm({ victimId }: { victimId: string }) {
  const t = useTranslations("subjectRequests");
  return (
    <SmallForm
      schema={legalHoldSchema}
      defaults={{ reason: "" }}
      action={(v) => setLegalHoldAction({ victimId }, v)}
      submitLabel={t("holdSet")}
      successMessage={t("holdSetDone")}
      testId="legal-hold-form"
    >
      <Hold.Textarea name="reason" id="legalHoldReason" label={t("holdReason")} hint={t("holdReasonHint")} />
    </SmallForm>
  );
}

export function LiftLegalHoldButton({ victimId }: { victimId: string }) {
  const t = useTranslations("subjectRequests");
  return (
    <ConfirmActionButton
      testId="lift-legal-hold"
      label={t("holdLift")}
      question={t("holdLiftConfirm")}
      confirmLabel={t("holdLiftYes")}
      doneMessage={t("holdLifted")}
      run={() => liftLegalHoldAction({ victimId }, {})}
    />
  );
}

export function ErasePersonForm({ victimId, caseNumber }: { victimId: string; caseNumber: string }) {
  const t = useTranslations("subjectRequests");
  return (
    <SmallForm
      schema={erasePersonSchema}
      defaults={{ caseNumber: "" }}
      action={(v) => erasePersonAction({ victimId }, v)}
      submitLabel={t("erase")}
      successMessage={(r) =>
        t("erased", {
          caseNumber: r.caseNumber,
          notes: r.notes,
          documents: r.documents,
          files: r.files,
          calls: r.calls,
        })
      }
      variant="danger"
      testId="erase-person-form"
      confirm={{ question: t("eraseConfirm", { caseNumber }), confirmLabel: t("eraseYes") }}
    >
      <Erase.Input
        name="caseNumber"
        id="eraseCaseNumber"
        label={t("eraseCaseNumber", { caseNumber })}
        autoComplete="off"
      />
    </SmallForm>
  );
}
