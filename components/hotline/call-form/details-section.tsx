"use client";
// What the call was about and what was done: topics, urgency, summary, actions, and when to call back.
import { useTranslations } from "next-intl";
import { ACTIONS, TOPICS, URGENCIES } from "@/lib/hotline/codes";
import { Call } from "./fields";
import { callDateInputBounds } from "./received-at-field";

export function DetailsSection() {
  const t = useTranslations("hotline");
  return (
    <section aria-labelledby="call-heading">
      <h2 id="call-heading" className="visually-hidden">
        {t("details")}
      </h2>
      <Call.Toggles name="topics" label={t("topics")} options={TOPICS} labelOf={(topic) => t(`topicNames.${topic}`)} />
      <Call.Radios name="urgency" label={t("urgency")} options={URGENCIES} labelOf={(u) => t(`urgencies.${u}`)} />
      <Call.Textarea name="summary" label={t("summary")} hint={t("summaryHint")} rows={5} maxLength={4000} />
      <Call.Toggles
        name="actions"
        label={t("actions")}
        options={ACTIONS}
        labelOf={(action) => t(`actionNames.${action}`)}
      />
      <Call.Input name="callbackDueAt" label={t("callbackDueAt")} type="datetime-local" {...callDateInputBounds()} />
    </section>
  );
}
