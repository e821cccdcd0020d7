"use client";
// Ends every session of the signed-in user on the server, this browser's too, then clears this
// browser through the normal sign-out.
import { useState, useTransition } from "react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { signOutEverywhereAction } from "@/lib/users/actions";

export function SignOutEverywhereButton() {
  const t = useTranslations();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        className="btn btn-danger"
        disabled={pending}
        aria-busy={pending}
        onClick={() =>
          start(async () => {
            setError(null);
            const result = await signOutEverywhereAction().catch(() => ({ ok: false as const, messageKey: "errors.network" }));
            if (!result.ok) return setError(result.messageKey);
            await signOut({ callbackUrl: "/sign-in" });
          })
        }
      >
        {pending ? t("common.saving") : t("settings.signOutEverywhere")}
      </button>
      {error ? (
        <span className="field-error" role="alert">
          {" "}
          {t(error)}
        </span>
      ) : null}
    </span>
  );
}
