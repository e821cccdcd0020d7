"use client";
// The ORG_ADMIN removes a member from this organisation only, after confirming.
import { useTranslations } from "next-intl";
import { removeMembershipAction } from "@/lib/users/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function RemoveMemberButton({
  membershipId,
  version,
  name,
}: {
  membershipId: string;
  version: number;
  name: string;
}) {
  const t = useTranslations("members");
  return (
    <ConfirmActionButton
      testId="remove-member"
      label={t("remove")}
      question={t("removeConfirm", { name })}
      confirmLabel={t("removeYes")}
      doneMessage={t("removed", { name })}
      run={() => removeMembershipAction(membershipId, { version })}
    />
  );
}
