"use client";
// The one-time link of a new invitation, shown once to the administrator who made it: it is not
// stored anywhere (only its hash is), so it cannot be shown again; a new invitation replaces it.
import { useState } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";

export function InvitationLink({ path, expiresAt }: { path: string; expiresAt: string }) {
  const t = useTranslations("invitations");
  const format = useFormatter();
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
        <p>{t("expires", { date: format.dateTime(new Date(expiresAt), { dateStyle: "medium", timeStyle: "short" }) })}</p>
      </div>
    </Alert>
  );
}
