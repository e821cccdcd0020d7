"use client";
// On a call's page: a perpetrator of the call's situations that the caller named, with their part.
import { useTranslations } from "next-intl";
import { linkPerpetratorToCallSchema } from "@/lib/perpetrators/schema";
import { linkPerpetratorToCallAction } from "@/lib/perpetrators/actions";
import { PERPETRATOR_ROLES } from "@/lib/perpetrators/codes";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { NamedOptions } from "@/components/ui/named-options";
import { SmallForm } from "@/components/ui/small-form";

const Link = defineForm(linkPerpetratorToCallSchema);

export function CallPerpetratorForm({ callId, choices }: { callId: string; choices: { id: string; name: string }[] }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Link.schema}
      defaults={{ perpetratorId: "", role: "" }}
      action={(v) => linkPerpetratorToCallAction(callId, v)}
      submitLabel={t("hotline.perpetratorLink")}
      successMessage={t("hotline.perpetratorLinked")}
      variant="secondary"
      testId="call-perpetrator-form"
    >
      <div className="grid">
        <Link.Select name="perpetratorId" id="callPerpetrator" label={t("hotline.perpetratorWho")}>
          <NamedOptions items={choices} empty={t("common.choose")} />
        </Link.Select>
        <Link.Select name="role" id="callPerpetratorRole" label={t("hotline.perpetratorRole")}>
          <Options
            values={PERPETRATOR_ROLES}
            label={(r) => t(`situations.roles.${r}`)}
            empty={t("hotline.notRecorded")}
          />
        </Link.Select>
      </div>
    </SmallForm>
  );
}
