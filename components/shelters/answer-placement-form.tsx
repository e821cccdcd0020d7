"use client";
import { useTranslations } from "next-intl";
import { answerPlacementSchema } from "@/lib/shelters/schema";
import { answerPlacementAction } from "@/lib/shelters/actions";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { SmallForm } from "@/components/ui/small-form";

const Answer = defineForm(answerPlacementSchema);

/** The shelter's answer to a placement request: accepting holds a bed for some hours. Asked first. */
export function AnswerPlacementForm({ requestId }: { requestId: string }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Answer.schema}
      defaults={{ decision: "ACCEPT", holdHours: 48, reason: "" }}
      action={(values) => answerPlacementAction(requestId, values)}
      submitLabel={t("referrals.decide")}
      successMessage={t("referrals.decided")}
      confirm={{
        question: (values) =>
          values.decision === "ACCEPT"
            ? t("shelters.answerAcceptConfirm", { hours: values.holdHours ?? 48 })
            : t("shelters.answerDeclineConfirm"),
        confirmLabel: t("shelters.answerYes"),
      }}
    >
      <div className="grid">
        <Answer.Select name="decision" id={`answer-${requestId}`} label={t("referrals.decision")}>
          <Options values={["ACCEPT", "DECLINE"]} label={(v) => t(`referrals.decisions.${v}`)} />
        </Answer.Select>
        <Answer.Input
          name="holdHours"
          id={`hold-${requestId}`}
          label={t("shelters.holdHours")}
          type="number"
          min={1}
          max={168}
        />
        <Answer.Input name="reason" id={`answer-reason-${requestId}`} label={t("referrals.decisionReason")} />
      </div>
    </SmallForm>
  );
}
