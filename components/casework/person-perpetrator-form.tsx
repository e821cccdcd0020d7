"use client";
// On a person's page: the part a perpetrator of the person's situations played in what happened to
// them, and whether that perpetrator is their parent or guardian (whose consent then counts for
// nothing).
import { useTranslations } from "next-intl";
import { linkPerpetratorToPersonSchema } from "@/lib/perpetrators/schema";
import { linkPerpetratorToPersonAction } from "@/lib/perpetrators/actions";
import { defineForm } from "@/components/ui/form-field";
import { SmallForm } from "@/components/ui/small-form";
import { PerpetratorPartFields } from "@/components/perpetrators/perpetrator-part-fields";

const Link = defineForm(linkPerpetratorToPersonSchema);

export function PersonPerpetratorForm({
  victimId,
  choices,
}: {
  victimId: string;
  choices: { id: string; name: string }[];
}) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={Link.schema}
      defaults={{ perpetratorId: "", role: "", guardian: false }}
      action={(v) => linkPerpetratorToPersonAction(victimId, v)}
      submitLabel={t("casework.perpetrators.link")}
      successMessage={t("casework.perpetrators.linked")}
      testId="person-perpetrator-form"
    >
      <PerpetratorPartFields
        idPrefix="personPerpetrator"
        choices={choices}
        whoLabel={t("casework.perpetrators.who")}
        roleLabel={t("casework.perpetrators.role")}
      />
      <Link.Checkbox name="guardian" id="personPerpetratorGuardian" label={t("casework.perpetrators.guardian")} />
    </SmallForm>
  );
}
