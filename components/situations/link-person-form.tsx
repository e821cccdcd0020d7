"use client";
// On the situation's page: link a person the organisation has registered, by case number.
import { useTranslations } from "next-intl";
import { linkPersonByCaseNumberSchema } from "@/lib/situations/schema";
import { linkPersonToSituationAction } from "@/lib/situations/actions";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";

const Link = defineForm(linkPersonByCaseNumberSchema);

export function LinkPersonForm({ situationId }: { situationId: string }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Link.schema}
      defaults={{ caseNumber: "" }}
      action={(v) => linkPersonToSituationAction(situationId, v)}
      submitLabel={t("situations.linkPerson")}
      successMessage={t("situations.personLinked")}
      variant="secondary"
    >
      <Link.Input
        name="caseNumber"
        id="linkCaseNumber"
        label={t("situations.caseNumber")}
        hint={t("situations.caseNumberHint")}
        autoComplete="off"
        maxLength={40}
      />
    </SmallForm>
  );
}
