"use client";
import { useTranslations } from "next-intl";
import { createReferralSchema, decideReferralSchema } from "@/lib/referrals/schema";
import { createReferralAction, decideReferralAction, revokeReferralAction } from "@/lib/referrals/actions";
import { SharedFieldsToggle } from "@/components/victims/shared-fields-toggle";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { NamedOptions } from "@/components/ui/named-options";
import { SmallForm } from "@/components/ui/small-form";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

const Referral = defineForm(createReferralSchema);
const Decision = defineForm(decideReferralSchema);

export function ReferralForm({
  victimId,
  organisations,
}: {
  victimId: string;
  organisations: { id: string; name: string }[];
}) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Referral.schema}
      defaults={{ toOrganisationId: "", reason: "", sharedFields: [] }}
      action={(v) => createReferralAction(victimId, v)}
      submitLabel={t("referrals.send")}
      successMessage={t("referrals.sent")}
    >
      <Referral.Select name="toOrganisationId" id="referTo" label={t("referrals.to")}>
        <NamedOptions items={organisations} empty={t("hotline.notRecorded")} />
      </Referral.Select>
      <Referral.Input name="reason" id="referReason" label={t("referrals.reason")} />
      <SharedFieldsToggle id="sharedFields" label={t("referrals.sharedFields")} />
    </SmallForm>
  );
}

export function DecideReferralForm({ referralId }: { referralId: string }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Decision.schema}
      defaults={{ decision: "ACCEPT", reason: "" }}
      action={(v) => decideReferralAction(referralId, v)}
      submitLabel={t("referrals.decide")}
      successMessage={t("referrals.decided")}
      confirm={{
        question: (v) => t(v.decision === "ACCEPT" ? "referrals.acceptConfirm" : "referrals.declineConfirm"),
        confirmLabel: t("referrals.decideYes"),
      }}
    >
      <div className="grid">
        <Decision.Select name="decision" id={`decision-${referralId}`} label={t("referrals.decision")}>
          <Options values={["ACCEPT", "DECLINE"]} label={(v) => t(`referrals.decisions.${v}`)} />
        </Decision.Select>
        <Decision.Input name="reason" id={`decisionReason-${referralId}`} label={t("referrals.decisionReason")} />
      </div>
    </SmallForm>
  );
}

/** Revoking a referral ends the receiver's access to the person at once: asked first. */
export function RevokeReferralButton({ referralId }: { referralId: string }) {
  const t = useTranslations("referrals");
  return (
    <ConfirmActionButton
      testId={`revoke-referral-${referralId}`}
      label={t("revoke")}
      variant="danger"
      question={t("revokeConfirm")}
      confirmLabel={t("revokeYes")}
      doneMessage={t("revoked")}
      run={() => revokeReferralAction(referralId)}
    />
  );
}
