"use client";
// The two fields every "link a perpetrator" form asks (on a call's page, on a person's page): which
// record, among those of the call's or person's situations, and the part it played. Inside a form
// whose schema has `perpetratorId` and `role` (lib/perpetrators/schema.ts linkPerpetratorSchema).
import { useTranslations } from "next-intl";
import { PERPETRATOR_ROLES } from "@/lib/perpetrators/codes";
import { FormSelect } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { NamedOptions } from "@/components/ui/named-options";

/** The form's values these fields name (their paths only). */
type Fields = { perpetratorId: string; role: string };

export function PerpetratorPartFields({
  idPrefix,
  choices,
  whoLabel,
  roleLabel,
}: {
  idPrefix: string;
  choices: { id: string; name: string }[];
  whoLabel: string;
  roleLabel: string;
}) {
  const t = useTranslations();
  return (
    <div className="grid">
      <FormSelect<Fields> name="perpetratorId" id={idPrefix} label={whoLabel}>
        <NamedOptions items={choices} empty={t("common.choose")} />
      </FormSelect>
      <FormSelect<Fields> name="role" id={`${idPrefix}Role`} label={roleLabel}>
        <Options
          values={PERPETRATOR_ROLES}
          label={(r) => t(`situations.roles.${r}`)}
          empty={t("hotline.notRecorded")}
        />
      </FormSelect>
    </div>
  );
}
