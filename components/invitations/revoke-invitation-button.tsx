"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { revokeInvitationAction } from "@/lib/invitations/actions";

/** Withdraws a pending invitation: its link stops working at once. */
export function RevokeInvitationButton({ invitationId }: { invitationId: string }) {
  const t = useTranslations("invitations");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button
        type="button"
        className="btn btn-secondary"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await revokeInvitationAction(invitationId).catch(() => ({ ok: false as const }));
            if (result.ok) router.refresh();
            else setFailed(true);
          })
        }
      >
        {t("revoke")}
      </button>
      {failed ? <span role="alert"> {t("revokeFailed")}</span> : null}
    </>
  );
}
