"use client";
import { useTranslations } from "next-intl";
import { stayServiceSchema } from "@/lib/shelters/schema";
import { updateStayAction } from "@/lib/shelters/actions";
import { STAY_SERVICES } from "@/lib/shelters/codes";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { SmallForm } from "@/components/ui/small-form";
import { unprefixed } from "./form-helpers";

const Service = defineForm(stayServiceSchema);

/** A service given to a resident (a stay's PATCH `addService`). */
export function ServiceForm({ stayId, version, today }: { stayId: string; version: number; today: string }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Service.schema}
      defaults={{ kind: "MEDICAL", providedOn: today, provider: "" }}
      action={(values) => unprefixed(updateStayAction(stayId, { version, addService: values }), "addService.")}
      submitLabel={t("shelters.recordService")}
      successMessage={t("shelters.serviceRecorded")}
    >
      <div className="grid">
        <Service.Select name="kind" id={`service-${stayId}`} label={t("shelters.service")}>
          <Options values={STAY_SERVICES} label={(v) => t(`shelters.serviceKinds.${v}`)} />
        </Service.Select>
        <Service.Input name="providedOn" id={`service-date-${stayId}`} label={t("casework.occurredOn")} type="date" />
        <Service.Input name="provider" id={`service-provider-${stayId}`} label={t("casework.provider")} />
      </div>
    </SmallForm>
  );
}
