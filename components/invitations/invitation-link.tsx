"use client";
// The one-time link of a new invitation, shown once to the administrator who made it: it is not
// stored anywhere (only its hash is), so it cannot be shown again; a new invitation replaces it.
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/i18n/format";
import { useDisplayTimeZone } from "@/components/i18n/use-time-zone";
import { Alert } from "@/components/ui/alert";

export function InvitationLink({ path, expiresAt }: { path: string; expiresAt: string }) {
  const t = useTranslations("invitations");
  const locale = useLocale();
  const timeZone = useDisplayTimeZone();
  const [copied, setCopied] = useState(false);
  const url = `${window.location.origin}${path}`;
  return (
    <Alert kind="success">
      <div className="stack" data-testid="invitation-link">
        <p>{t("linkIntro")}</p>
        <input readOnly value={url} aria-label={t("link")} onFocus={(event) => event.currentTarget.select()} />
        <p>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={async () => {
              await navigator.clipboard.writeText(url).catch(() => undefined);
              setCopied(true);
            }}
          >
            {copied ? t("copied") : t("copy")}
          </button>
        </p>
        <p>{t("expires", { date: formatDateTime(expiresAt, locale, timeZone) })}</p>
      </div>
    </Alert>
  );
}
