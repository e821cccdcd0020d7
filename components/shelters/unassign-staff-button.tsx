"use client";
// Takes a staff member off this shelter, after confirming.
import { useTranslations } from "next-intl";
import { unassignShelterStaffAction } from "@/lib/shelters/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function UnassignStaffButton({ shelterId, userId, name }: { shelterId: string; userId: string; name: string }) {
  const t = useTranslations("shelters");
  return (
    <ConfirmActionButton
      label={t("unassign")}
      question={t("unassignConfirm", { name })}
      confirmLabel={t("unassignYes")}
      doneMessage={t("unassigned", { name })}
      run={() => unassignShelterStaffAction(shelterId, userId)}
    />
  );
}
