"use client";
// Ends every session of a member (an ORG_ADMIN's answer to a lost laptop or a seized phone), after
// saying what that does.
import { useTranslations } from "next-intl";
import { endMemberSessionsAction } from "@/lib/users/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function EndSessionsButton({ membershipId }: { membershipId: string }) {
  const t = useTranslations("members");
  return (
    <ConfirmActionButton
      testId="end-sessions"
      label={t("endSessions")}
      variant="danger"
      question={t("endSessionsConfirm")}
      confirmLabel={t("endSessionsYes")}
      doneMessage={t("sessionsEnded")}
      run={() => endMemberSessionsAction(membershipId)}
    />
  );
}
