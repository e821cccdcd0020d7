"use client";
// From a call's page: attach the call to one of the open situations the user sees.
import { useTranslations } from "next-intl";
import { chooseSituationSchema } from "@/lib/situations/schema";
import { linkCallToSituationAction } from "@/lib/situations/actions";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";

const Choice = defineForm(chooseSituationSchema);

export function AttachCallForm(props: { callId: string; situations: { id: string; label: string }[] }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Choice.schema}
      defaults={{ situationId: "" }}
      action={(v) => linkCallToSituationAction(props.callId, v)}
      submitLabel={t("situations.attachCall")}
      successMessage={t("situations.callAttached")}
      variant="secondary"
    >
      <Choice.Select name="situationId" id="attachSituation" label={t("situations.attachTo")}>
        <option value="">{t("situations.chooseOne")}</option>
        {props.situations.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </Choice.Select>
    </SmallForm>
  );
}
