"use client";
// Withdrawing a placement request releases the bed and ends the shelter's access to the person,
// so it is asked twice: the first click only shows what it does and asks to confirm.
import { useTranslations } from "next-intl";
import { withdrawPlacementAction } from "@/lib/shelters/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function WithdrawPlacementButton({ requestId }: { requestId: string }) {
  const t = useTranslations("shelters");
  return (
    <ConfirmActionButton
      testId={`withdraw-placement-${requestId}`}
      label={t("withdraw")}
      question={t("withdrawConfirm")}
      confirmLabel={t("withdrawYes")}
      cancelLabel={t("withdrawKeep")}
      doneMessage={t("withdrawnDone")}
      run={() => withdrawPlacementAction(requestId)}
    />
  );
}
