"use client";
import { useTranslations } from "next-intl";
import { stayIncidentSchema } from "@/lib/shelters/schema";
import { updateStayAction } from "@/lib/shelters/actions";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";
import { unprefixed } from "./form-helpers";

const Incident = defineForm(stayIncidentSchema);

/** An incident during a stay (a stay's PATCH `addIncident`). */
export function IncidentForm({ stayId, version, today }: { stayId: string; version: number; today: string }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Incident.schema}
      defaults={{ occurredAt: today, description: "" }}
      action={(values) => unprefixed(updateStayAction(stayId, { version, addIncident: values }), "addIncident.")}
      submitLabel={t("shelters.recordIncident")}
      successMessage={t("shelters.incidentRecorded")}
    >
      <div className="grid">
        <Incident.Input name="occurredAt" id={`incident-date-${stayId}`} label={t("casework.occurredOn")} type="date" />
        <Incident.Input
          name="description"
          id={`incident-${stayId}`}
          label={t("shelters.incident")}
          hint={t("casework.noteHint")}
        />
      </div>
    </SmallForm>
  );
}
