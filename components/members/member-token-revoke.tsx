"use client";
// The ORG_ADMIN revokes one of a member's API tokens, after confirming.
import { useTranslations } from "next-intl";
import { revokeMemberApiTokenAction } from "@/lib/users/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function MemberTokenRevoke({
  membershipId,
  tokenId,
  tokenName,
}: {
  membershipId: string;
  tokenId: string;
  tokenName: string;
}) {
  const t = useTranslations("members");
  return (
    <ConfirmActionButton
      label={t("revokeToken")}
      question={t("revokeTokenConfirm", { name: tokenName })}
      confirmLabel={t("revokeTokenYes")}
      doneMessage={t("tokenRevokedDone", { name: tokenName })}
      run={() => revokeMemberApiTokenAction(membershipId, tokenId)}
    />
  );
}
