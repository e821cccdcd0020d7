"use client";
import { useTranslations } from "next-intl";
import { Controller } from "react-hook-form";
import { createReferralSchema, decideReferralSchema } from "@/lib/referrals/schema";
import { createReferralAction, decideReferralAction } from "@/lib/referrals/actions";
import { SHAREABLE_EXTRA_FIELDS } from "@/lib/victims/policy";
import { Field } from "@/components/ui/field";
import { Options } from "@/components/ui/options";
import { NamedOptions } from "@/components/ui/named-options";
import { SmallForm } from "@/components/ui/small-form";
import { ToggleGroup } from "@/components/ui/toggle-group";

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
          <Controller
            control={form.control}
            name="sharedFields"
            render={({ field }) => (
              <ToggleGroup
                id="sharedFields"
                label={t("referrals.sharedFields")}
                options={SHAREABLE_EXTRA_FIELDS}
                labelOf={(f) => t(`referrals.fields.${f}`)}
                value={(field.value as (typeof SHAREABLE_EXTRA_FIELDS)[number][]) ?? []}
                onChange={field.onChange}
              />
            )}
          />
          <p className="muted">{t("referrals.minimalHint")}</p>
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
