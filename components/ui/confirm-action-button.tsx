"use client";
// A button for a step that cannot be undone or that changes what is shared (revoke a token, remove
// a member, withdraw a consent, close a shelter…): the first press only says what will happen and
// asks; "confirm" runs the server action, "cancel" leaves everything as it was; the outcome is said
// in words, in the page's message outlet (flash.tsx), so it stays in view when the refreshed page no
// longer shows this button. Without JavaScript the button does nothing at all, so nothing final
// can happen unasked.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/action-result";
import { Alert } from "./alert";
import { announce } from "./flash";

export function ConfirmActionButton({
  label,
  question,
  confirmLabel,
  doneMessage,
  run,
  testId,
  cancelLabel,
  variant = "secondary",
  onSuccess,
}: {
  label: string;
  /** What will happen, asked before it does. */
  question: string;
  confirmLabel: string;
  /** What was done, said afterwards. */
  doneMessage: string;
  run: () => Promise<ActionResult<unknown>>;
  testId?: string;
  /** The label of the button that leaves everything as it was (by default "Cancel"). */
  cancelLabel?: string;
  /** How the first button looks; the confirming one is always marked as final. */
  variant?: "secondary" | "danger";
  /** What follows success; by default the page is refreshed. */
  onSuccess?: () => Promise<unknown> | void;
}) {
  const t = useTranslations();
  const router = useRouter();
  const [pending, start] = useTransition();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const step = useRef<HTMLDivElement>(null);
  // The question takes the focus, so a keyboard or screen-reader user hears it before the buttons.
  useEffect(() => {
    if (asking) step.current?.focus();
  }, [asking]);
  return (
    <div className="stack confirm-action" data-testid={testId}>
      {error ? <Alert kind="error">{t(error)}</Alert> : null}
      {asking ? (
        <div
          role="group"
          aria-label={question}
          className="confirm-step"
          ref={step}
          tabIndex={-1}
          data-testid="confirm-step"
        >
          <p className="confirm-question">{question}</p>
          <span className="confirm-buttons">
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
                      announce(doneMessage);
                      setAsking(false);
                      await (onSuccess ? onSuccess() : router.refresh());
                      return;
                    }
                    setError(Object.values(result.fields ?? {})[0] ?? result.messageKey);
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
              {cancelLabel ?? t("common.cancel")}
            </button>
          </span>
        </div>
      ) : (
        <span>
          <button type="button" className={`btn btn-${variant}`} onClick={() => setAsking(true)}>
            {label}
          </button>
        </span>
      )}
    </div>
  );
}
