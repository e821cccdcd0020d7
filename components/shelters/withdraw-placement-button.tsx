"use client";
// Withdrawing a placement request releases the bed and ends the shelter's access to the person,
// so it is asked twice: the first click only shows what it does and asks to confirm.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { withdrawPlacementAction } from "@/lib/shelters/actions";
import { ActionButton } from "@/components/ui/action-button";

export function WithdrawPlacementButton({ requestId }: { requestId: string }) {
  const t = useTranslations("shelters");
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="btn btn-secondary" onClick={() => setAsking(true)}>
        {t("withdraw")}
      </button>
    );
  }
  return (
    <div role="group" aria-label={t("withdraw")} className="stack">
      <p>{t("withdrawConfirm")}</p>
      <div>
        <ActionButton label={t("withdrawYes")} variant="danger" run={withdrawPlacementAction.bind(null, requestId)} />{" "}
        <button type="button" className="btn btn-secondary" onClick={() => setAsking(false)}>
          {t("withdrawKeep")}
        </button>
      </div>
    </div>
  );
}
