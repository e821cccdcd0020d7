"use client";
// On a perpetrator record's page (coordinators): ask every other organisation that recorded a
// match to get in touch. It shares the organisation's name and the message, so it asks first, and
// says afterwards how many organisations it reached (never which).
import { useTranslations } from "next-intl";
import { contactRequestSchema } from "@/lib/perpetrators/schema";
import { sendContactRequestAction } from "@/lib/perpetrators/actions";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";

const Ask = defineForm(contactRequestSchema);

export function ContactRequestForm({ perpetratorId }: { perpetratorId: string }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Ask.schema}
      defaults={{ message: "" }}
      action={(v) => sendContactRequestAction(perpetratorId, v)}
      submitLabel={t("perpetrators.contact.send")}
      successMessage={({ asked }) => t("perpetrators.contact.sent", { count: asked })}
      confirm={{ question: t("perpetrators.contact.confirm"), confirmLabel: t("perpetrators.contact.confirmLabel") }}
      testId="contact-request-form"
    >
      <Ask.Textarea
        name="message"
        id="contactMessage"
        label={t("perpetrators.contact.message")}
        hint={t("perpetrators.contact.messageHint")}
        rows={3}
      />
    </SmallForm>
  );
}
