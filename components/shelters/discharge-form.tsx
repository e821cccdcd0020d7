"use client";
import { useTranslations } from "next-intl";
import { dischargeSchema } from "@/lib/shelters/schema";
import { updateStayAction } from "@/lib/shelters/actions";
import { EXIT_DESTINATIONS } from "@/lib/shelters/codes";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { SmallForm } from "@/components/ui/small-form";
import { unprefixed } from "./form-helpers";

const Discharge = defineForm(dischargeSchema);

/** Ends a stay (a stay's PATCH `discharge`): final, so asked first. */
export function DischargeForm({ stayId, version, today }: { stayId: string; version: number; today: string }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Discharge.schema}
      defaults={{ dischargedAt: today, exitDestination: "FAMILY", exitReason: "" }}
      action={(values) => unprefixed(updateStayAction(stayId, { version, discharge: values }), "discharge.")}
      submitLabel={t("shelters.discharge")}
      successMessage={t("shelters.discharged")}
      variant="danger"
      confirm={{ question: t("shelters.dischargeConfirm"), confirmLabel: t("shelters.dischargeYes") }}
    >
      <div className="grid">
        <Discharge.Input
          name="dischargedAt"
          id={`discharge-date-${stayId}`}
          label={t("shelters.dischargedAt")}
          type="date"
        />
        <Discharge.Select name="exitDestination" id={`discharge-to-${stayId}`} label={t("shelters.exitDestination")}>
          <Options values={EXIT_DESTINATIONS} label={(v) => t(`shelters.exitDestinations.${v}`)} />
        </Discharge.Select>
        <Discharge.Input name="exitReason" id={`discharge-reason-${stayId}`} label={t("shelters.exitReason")} />
      </div>
    </SmallForm>
  );
}
