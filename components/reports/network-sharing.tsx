"use client";
// The administrator's switch for the organisation's share of the network's anonymised data: it
// changes what leaves the organisation, so it asks first and says afterwards what it did.
import { useTranslations } from "next-intl";
import { setNetworkSharingAction } from "@/lib/reports/actions";
import { ConfirmActionButton } from "@/components/ui/confirm-action-button";

export function NetworkSharingSwitch({ shares }: { shares: boolean }) {
  const t = useTranslations("reports.networkSharing");
  return shares ? (
    <ConfirmActionButton
      testId="network-sharing-off"
      label={t("turnOff")}
      question={t("turnOffQuestion")}
      confirmLabel={t("turnOffYes")}
      doneMessage={t("turnedOff")}
      run={() => setNetworkSharingAction({ share: false })}
    />
  ) : (
    <ConfirmActionButton
      testId="network-sharing-on"
      label={t("turnOn")}
      question={t("turnOnQuestion")}
      confirmLabel={t("turnOnYes")}
      doneMessage={t("turnedOn")}
      run={() => setNetworkSharingAction({ share: true })}
    />
  );
}
