"use client";
// A button that runs one server action (revoke, reopen, withdraw…) and shows its outcome.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { announce } from "./flash";

export function ActionButton({
  label,
  run,
  variant = "secondary",
  onSuccess,
  doneMessage,
}: {
  label: string;
  run: () => Promise<ActionResult<unknown>>;
  variant?: "secondary" | "danger";
  /** What follows success; by default the page is refreshed. */
  onSuccess?: () => Promise<unknown> | void;
  /** What the action did, said in the page's message outlet after success. */
  doneMessage?: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        className={`btn btn-${variant}`}
        disabled={pending}
        aria-busy={pending}
        onClick={() =>
          start(async () => {
            setError(null);
            try {
              const result = await run();
              if (result.ok) {
                if (doneMessage) announce(doneMessage);
                await (onSuccess ? onSuccess() : router.refresh());
              } else setError(Object.values(result.fields ?? {})[0] ?? result.messageKey);
            } catch {
              setError("errors.network");
            }
          })
        }
      >
        {pending ? t("common.saving") : label}
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
