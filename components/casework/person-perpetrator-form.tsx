"use client";
// On a person's page: the part a perpetrator of the person's situations played in what happened to
// them, and whether that perpetrator is their parent or guardian (whose consent then counts for
// nothing).
import { useTranslations } from "next-intl";
import { linkPerpetratorToPersonSchema } from "@/lib/perpetrators/schema";
import { linkPerpetratorToPersonAction } from "@/lib/perpetrators/actions";
import { PERPETRATOR_ROLES } from "@/lib/perpetrators/codes";
import { defineForm } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { NamedOptions } from "@/components/ui/named-options";
import { SmallForm } from "@/components/ui/small-form";

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
      <div className="grid">
        <Link.Select name="perpetratorId" id="personPerpetrator" label={t("casework.perpetrators.who")}>
          <NamedOptions items={choices} empty={t("common.choose")} />
        </Link.Select>
        <Link.Select name="role" id="personPerpetratorRole" label={t("casework.perpetrators.role")}>
          <Options
            values={PERPETRATOR_ROLES}
            label={(r) => t(`situations.roles.${r}`)}
            empty={t("hotline.notRecorded")}
          />
        </Link.Select>
      </div>
      <Link.Checkbox name="guardian" id="personPerpetratorGuardian" label={t("casework.perpetrators.guardian")} />
    </SmallForm>
  );
}
