"use client";
import { useTranslations } from "next-intl";
import { createReferralSchema, decideReferralSchema } from "@/lib/referrals/schema";
import { createReferralAction, decideReferralAction, revokeReferralAction } from "@/lib/referrals/actions";
import { SharedFieldsToggle } from "@/components/victims/shared-fields-toggle";
import { Field } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { NamedOptions } from "@/components/ui/named-options";
import { SmallForm } from "@/components/ui/small-form";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function ReferralForm({ victimId, organisations }: { victimId: string; organisations: { id: string; name: string }[] }) {
  const t = useTranslations();
  const message = (key: unknown) => (typeof key === "string" ? t(key) : undefined);
  return (
    <SmallForm
      schema={createReferralSchema}
      defaults={{ toOrganisationId: "", reason: "", sharedFields: [] }}
      action={(v) => createReferralAction(victimId, v)}
      submitLabel={t("referrals.send")}
      successMessage={t("referrals.sent")}
    >
      {(form) => (
        <>
          <Field id="referTo" label={t("referrals.to")} error={message(form.formState.errors.toOrganisationId?.message)}>
            <select id="referTo" {...form.register("toOrganisationId")}>
              <NamedOptions items={organisations} empty={t("hotline.notRecorded")} />
            </select>
          </Field>
          <Field id="referReason" label={t("referrals.reason")} error={message(form.formState.errors.reason?.message)}>
            <input id="referReason" {...form.register("reason")} />
          </Field>
          <SharedFieldsToggle control={form.control} id="sharedFields" label={t("referrals.sharedFields")} />
        </>
      )}
    </SmallForm>
  );
}

export function DecideReferralForm({ referralId }: { referralId: string }) {
  const t = useTranslations();
  const message = (key: unknown) => (typeof key === "string" ? t(key) : undefined);
  return (
    <SmallForm
      schema={decideReferralSchema}
      defaults={{ decision: "ACCEPT", reason: "" }}
      action={(v) => decideReferralAction(referralId, v)}
      submitLabel={t("referrals.decide")}
      successMessage={t("referrals.decided")}
      confirm={{ question: (v) => t(v.decision === "ACCEPT" ? "referrals.acceptConfirm" : "referrals.declineConfirm"), confirmLabel: t("referrals.decideYes") }}
    >
      {(form) => (
        <div className="grid">
          <Field id={`decision-${referralId}`} label={t("referrals.decision")}>
            <select id={`decision-${referralId}`} {...form.register("decision")}>
              <Options values={["ACCEPT", "DECLINE"]} label={(v) => t(`referrals.decisions.${v}`)} />
            </select>
          </Field>
          <Field id={`decisionReason-${referralId}`} label={t("referrals.decisionReason")} error={message(form.formState.errors.reason?.message)}>
            <input id={`decisionReason-${referralId}`} {...form.register("reason")} />
          </Field>
        </div>
      )}
    </SmallForm>
  );
}

/** Revoking a referral ends the receiver's access to the person at once: asked first (#15.6). */
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
