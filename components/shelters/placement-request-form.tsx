"use client";
import { useTranslations } from "next-intl";
import { placementRequestSchema } from "@/lib/shelters/schema";
import { requestPlacementAction } from "@/lib/shelters/actions";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";

const Request = defineForm(placementRequestSchema);

/** Asks a shelter of the network to hold a bed for a person (their consent to share needed). */
export function PlacementRequestForm({
  shelterId,
  people,
}: {
  shelterId: string;
  people: { id: string; caseNumber: string; givenName: string | null; familyName: string | null }[];
}) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Request.schema}
      defaults={{ shelterId, victimId: "", note: "" }}
      action={requestPlacementAction}
      submitLabel={t("shelters.requestPlacement")}
      successMessage={t("shelters.requestSent")}
    >
      <div className="grid">
        <Request.Select
          name="victimId"
          id={`request-person-${shelterId}`}
          label={t("shelters.person")}
          hint={t("shelters.consentNeeded")}
        >
          <option value="">{t("hotline.notRecorded")}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.caseNumber} · {p.givenName} {p.familyName}
            </option>
          ))}
        </Request.Select>
        <Request.Input
          name="note"
          id={`request-note-${shelterId}`}
          label={t("shelters.requestNote")}
          hint={t("shelters.requestNoteHint")}
        />
      </div>
    </SmallForm>
  );
}
