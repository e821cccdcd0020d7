"use client";
// Answering a contact request from another organisation: an answer names the organisation to the
// asker (so the form asks first); declining tells the asker nothing.
import { useTranslations } from "next-intl";
import { answerContactRequestSchema } from "@/lib/perpetrators/schema";
import { answerContactRequestAction } from "@/lib/perpetrators/actions";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";

const Answer = defineForm(answerContactRequestSchema);

export function ContactAnswerForm({ recipientId }: { recipientId: string }) {
  const t = useTranslations();
  return (
    <div className="stack">
      <SmallForm
        schema={Answer.schema}
        defaults={{ answer: "", decline: false }}
        action={(v) => answerContactRequestAction(recipientId, v)}
        submitLabel={t("perpetrators.contact.answer")}
        successMessage={t("perpetrators.contact.answered")}
        confirm={{ question: t("perpetrators.contact.answerConfirm"), confirmLabel: t("perpetrators.contact.answer") }}
        testId="contact-answer-form"
      >
        <Answer.Textarea
          name="answer"
          id={`answer-${recipientId}`}
          label={t("perpetrators.contact.answerLabel")}
          hint={t("perpetrators.contact.answerHint")}
          rows={3}
        />
      </SmallForm>
      <SmallForm
        schema={Answer.schema}
        defaults={{ answer: "", decline: true }}
        action={(v) => answerContactRequestAction(recipientId, { ...v, decline: true })}
        submitLabel={t("perpetrators.contact.decline")}
        successMessage={t("perpetrators.contact.declined")}
        variant="secondary"
        testId="contact-decline-form"
      >
        {null}
      </SmallForm>
    </div>
  );
}
