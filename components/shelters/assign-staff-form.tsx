"use client";
import { useTranslations } from "next-intl";
import { assignStaffSchema } from "@/lib/shelters/schema";
import { assignShelterStaffAction } from "@/lib/shelters/actions";
import { defineForm } from "@/components/ui/form-field";
import { NamedOptions } from "@/components/ui/named-options";
import { SmallForm } from "@/components/ui/small-form";

const AssignStaff = defineForm(assignStaffSchema);

export function AssignStaffForm({ shelterId, staff }: { shelterId: string; staff: { id: string; name: string }[] }) {
  const t = useTranslations();
  return (
    <SmallForm
      schema={AssignStaff.schema}
      defaults={{ userId: "" }}
      action={(values) => assignShelterStaffAction(shelterId, values)}
      submitLabel={t("shelters.assign")}
      successMessage={t("shelters.assigned")}
    >
      <AssignStaff.Select name="userId" id="assign-staff" label={t("shelters.staffMember")}>
        <NamedOptions items={staff} empty={t("hotline.notRecorded")} />
      </AssignStaff.Select>
    </SmallForm>
  );
}
