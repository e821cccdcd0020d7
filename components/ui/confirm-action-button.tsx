"use client";
// A button for a step that cannot be undone (revoke a token, remove a member): the first press
// asks to confirm, the second runs the server action, and the outcome is said in words.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "./alert";

export function ConfirmActionButton({
  label,
  question,
  confirmLabel,
  doneMessage,
  run,
  testId,
}: {
  label: string;
  /** What will happen, asked before it does. */
  question: string;
  confirmLabel: string;
  /** What was done, said afterwards. */
  doneMessage: string;
  run: () => Promise<ActionResult<unknown>>;
  testId?: string;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (done) return <Alert kind="success">{doneMessage}</Alert>;
  return (
    <div className="stack" data-testid={testId}>
      {error ? <Alert kind="error">{t(error)}</Alert> : null}
      {asking ? (
        <div role="group" aria-label={question}>
          <p>{question}</p>
          <span style={{ display: "flex", gap: ".5rem", flexWrap: "wrap" }}>
            <button
              type="button"
              className="btn btn-danger"
              disabled={pending}
              aria-busy={pending}
              onClick={() =>
                start(async () => {
                  setError(null);
                  try {
                    const result = await run();
                    if (result.ok) {
                      setDone(true);
                      router.refresh();
                    } else setError(Object.values(result.fields ?? {})[0] ?? result.messageKey);
                  } catch {
                    setError("errors.network");
                  }
                  setAsking(false);
                })
              }
            >
              {pending ? t("common.saving") : confirmLabel}
            </button>
            <button type="button" className="btn btn-secondary" disabled={pending} onClick={() => setAsking(false)}>
              {t("common.cancel")}
            </button>
          </span>
        </div>
      ) : (
        <span>
          <button type="button" className="btn btn-secondary" onClick={() => setAsking(true)}>
            {label}
          </button>
        </span>
      )}
    </div>
  );
}
