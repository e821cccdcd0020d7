"use client";
// Closes a shelter (no admissions, not offered to other organisations) or reopens it, after saying
// what that does.
import { useTranslations } from "next-intl";
import { setShelterActiveAction } from "@/lib/shelters/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function ShelterActiveButton({ shelterId, active }: { shelterId: string; active: boolean }) {
  const t = useTranslations("shelters");
  return (
    <ConfirmActionButton
      testId="shelter-active"
      label={active ? t("close") : t("reopen")}
      variant={active ? "danger" : "secondary"}
      question={active ? t("closeConfirm") : t("reopenConfirm")}
      confirmLabel={active ? t("closeYes") : t("reopenYes")}
      doneMessage={active ? t("closedDone") : t("reopenedDone")}
      run={() => setShelterActiveAction(shelterId, !active)}
    />
  );
}
