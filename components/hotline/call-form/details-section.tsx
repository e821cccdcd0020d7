"use client";
// What the call was about and what was done: topics, urgency, summary, actions, and when to call back.
// "Referred to the police" asks on what basis: the person's consent, or (a coordinator's decision)
// a child at risk or imminent danger, with a reason.
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { ACTIONS, TOPICS, URGENCIES } from "@/lib/hotline/codes";
import { AUTHORITY_REPORT_BASES } from "@/lib/vocabulary/authorities";
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
      <PoliceReportBasis />
      <Call.Input name="callbackDueAt" label={t("callbackDueAt")} type="datetime-local" {...callDateInputBounds()} />
    </section>
  );
}

function PoliceReportBasis() {
  const t = useTranslations("hotline");
  const actions = useWatch({ name: "actions" }) as string[] | undefined;
  const basis = useWatch({ name: "reportBasis" }) as string | undefined;
  if (!actions?.includes("REFERRED_TO_POLICE")) return null;
  return (
    <>
      <Call.Radios
        name="reportBasis"
        label={t("reportBasis")}
        options={[...AUTHORITY_REPORT_BASES]}
        labelOf={(b) => t(`reportBases.${b}`)}
      />
      {basis && basis !== "CONSENT" ? (
        <Call.Textarea name="reportReason" label={t("reportReason")} hint={t("reportReasonHint")} rows={3} />
      ) : null}
    </>
  );
}
