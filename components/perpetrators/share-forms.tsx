"use client";
// On a perpetrator record's page (coordinators): share the record with a partner through the access
// it already holds to a person linked to the record, and end a share. Both change what a partner
// sees, so both ask first and say afterwards what they did (decision 0015).
import { useTranslations } from "next-intl";
import { sharePerpetratorSchema } from "@/lib/perpetrators/schema";
import { endPerpetratorShareAction, sharePerpetratorAction } from "@/lib/perpetrators/actions";
import { defineForm } from "@/components/ui/form-field";
import { NamedOptions } from "@/components/ui/named-options";
import { SmallForm } from "@/components/ui/small-form";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

const Share = defineForm(sharePerpetratorSchema);
const SCOPES = ["MINIMAL", "FULL"] as const;

/** `bases`: each live grant on a linked person, already labelled by the page (partner, road, date). */
export function SharePerpetratorForm({
  perpetratorId,
  bases,
}: {
  perpetratorId: string;
  bases: { id: string; name: string }[];
}) {
  const t = useTranslations("perpetrators.sharing");
  return (
    <SmallForm
      schema={Share.schema}
      defaults={{ basisGrantId: "", scope: "MINIMAL" }}
      action={(v) => sharePerpetratorAction(perpetratorId, v)}
      submitLabel={t("share")}
      successMessage={({ partner }) => t("shared", { partner })}
      confirm={{
        question: (v) => t(v.scope === "FULL" ? "confirmFull" : "confirmMinimal"),
        confirmLabel: t("confirmLabel"),
      }}
      resetOnSuccess
      testId="share-perpetrator-form"
    >
      <Share.Select name="basisGrantId" id="shareBasis" label={t("basis")}>
        <NamedOptions items={bases} empty={t("chooseBasis")} />
      </Share.Select>
      <Share.Radios
        name="scope"
        id="shareScope"
        label={t("scope")}
        options={SCOPES}
        labelOf={(s) => t(`scopes.${s}`)}
      />
    </SmallForm>
  );
}

export function EndShareButton({
  perpetratorId,
  grantId,
  partner,
}: {
  perpetratorId: string;
  grantId: string;
  partner: string;
}) {
  const t = useTranslations("perpetrators.sharing");
  return (
    <ConfirmActionButton
      testId={`end-share-${grantId}`}
      label={t("end")}
      variant="danger"
      question={t("endConfirm", { partner })}
      confirmLabel={t("endYes")}
      doneMessage={t("ended", { partner })}
      run={() => endPerpetratorShareAction(perpetratorId, grantId)}
    />
  );
}
