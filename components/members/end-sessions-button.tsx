"use client";
// Ends every session of a member (an ORG_ADMIN's answer to a lost laptop or a seized phone).
import { useTranslations } from "next-intl";
import { endMemberSessionsAction } from "@/lib/users/actions";
import { ActionButton } from "@/components/ui/action-button";

export function EndSessionsButton({ membershipId }: { membershipId: string }) {
  const t = useTranslations("members");
  return <ActionButton label={t("endSessions")} run={() => endMemberSessionsAction(membershipId)} variant="danger" />;
}
