"use client";
import { useTranslations } from "next-intl";
import { admitSchema } from "@/lib/shelters/schema";
import { admitAction } from "@/lib/shelters/actions";
import { defineForm } from "@/components/ui/form-field";
import { NamedOptions } from "@/components/ui/named-options";
import { SmallForm } from "@/components/ui/small-form";
import { freeBeds, type Bed } from "./form-helpers";

const Admit = defineForm(admitSchema);

export function AdmitForm({
  shelterId,
  today,
  beds,
  candidates,
}: {
  shelterId: string;
  today: string;
  beds: Bed[];
  candidates: {
    id: string;
    caseNumber: string;
    givenName: string;
    familyName: string;
    placementRequestId: string | null;
  }[];
}) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Admit.schema}
      defaults={{ victimId: "", bedId: "", admittedAt: today, referredBy: "", plannedDischargeOn: "", healthNotes: "" }}
      action={(values) =>
        admitAction(shelterId, {
          ...values,
          placementRequestId: candidates.find((c) => c.id === values.victimId)?.placementRequestId ?? undefined,
        })
      }
      submitLabel={t("shelters.admit")}
      successMessage={t("shelters.admitted")}
    >
      <div className="grid">
        <Admit.Select name="victimId" id="admit-person" label={t("shelters.person")}>
          <option value="">{t("hotline.notRecorded")}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.caseNumber} · {c.givenName} {c.familyName}
              {c.placementRequestId ? ` (${t("shelters.held")})` : ""}
            </option>
          ))}
        </Admit.Select>
        <Admit.Select name="bedId" id="admit-bed" label={t("shelters.bed")}>
          <NamedOptions items={freeBeds(beds)} empty={t("shelters.anyBed")} />
        </Admit.Select>
        <Admit.Input name="admittedAt" id="admit-date" label={t("shelters.admittedAt")} type="date" />
        <Admit.Input name="plannedDischargeOn" id="admit-planned" label={t("shelters.plannedDischarge")} type="date" />
        <Admit.Input name="referredBy" id="admit-referred" label={t("shelters.referredBy")} />
        <Admit.Input
          name="healthNotes"
          id="admit-health"
          label={t("shelters.healthNotes")}
          hint={t("shelters.healthNotesHint")}
        />
      </div>
    </SmallForm>
  );
}
