"use client";
// On a call's page: a perpetrator of the call's situations that the caller named, with their part.
import { useTranslations } from "next-intl";
import { linkPerpetratorToCallSchema } from "@/lib/perpetrators/schema";
import { linkPerpetratorToCallAction } from "@/lib/perpetrators/actions";
import { SmallForm } from "@/components/ui/small-form";
import { PerpetratorPartFields } from "./perpetrator-part-fields";

export function CallPerpetratorForm({ callId, choices }: { callId: string; choices: { id: string; name: string }[] }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={linkPerpetratorToCallSchema}
      defaults={{ perpetratorId: "", role: "" }}
      action={(v) => linkPerpetratorToCallAction(callId, v)}
      submitLabel={t("hotline.perpetratorLink")}
      successMessage={t("hotline.perpetratorLinked")}
      variant="secondary"
      testId="call-perpetrator-form"
    >
      <PerpetratorPartFields
        idPrefix="callPerpetrator"
        choices={choices}
        whoLabel={t("hotline.perpetratorWho")}
        roleLabel={t("hotline.perpetratorRole")}
      />
    </SmallForm>
  );
}
