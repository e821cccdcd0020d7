"use client";
// Deactivates a member (asked first: it signs them out and ends their tokens) or reactivates one.
import { useTranslations } from "next-intl";
import { setMemberActiveAction } from "@/lib/users/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";
import { ActionButton } from "@/components/ui/action-button";

export function MemberActiveForm({
  membershipId,
  active,
  version,
}: {
  membershipId: string;
  active: boolean;
  version: number;
}) {
  const t = useTranslations("members");
  if (!active) {
    return (
      <ActionButton
        label={t("reactivate")}
        run={() => setMemberActiveAction(membershipId, { active: true, version })}
        doneMessage={t("reactivated")}
      />
    );
  }
  return (
    <div className="stack">
      <p className="muted">{t("deactivateHint")}</p>
      <ConfirmActionButton
        testId="deactivate-member"
        label={t("deactivate")}
        variant="danger"
        question={t("deactivateConfirm")}
        confirmLabel={t("deactivateYes")}
        doneMessage={t("deactivated")}
        run={() => setMemberActiveAction(membershipId, { active: false, version })}
      />
    </div>
  );
}
