"use client";
// "Received at" in the intake. A new call is received now, so the field reads "now" and its
// date input stays folded away: an operator tabbing from the call type and pressing digits (the
// call-type keys) rewrote the date under their fingers (two keys gave year 0002). "Change" unfolds
// the input; a <details> does that without JavaScript too. Editing a stored call shows the input.
import { useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/field";
import { EARLIEST_CALL_YEAR, latestCallYear } from "@/lib/hotline/schema";
import { Call } from "./fields";

/** Bounds of a call's date inputs: the browser then refuses a fifth digit in the year. */
export function callDateInputBounds() {
  return { min: `${EARLIEST_CALL_YEAR}-01-01T00:00`, max: `${latestCallYear()}-12-31T23:59` };
}

export function ReceivedAtField(props: {
  /** Whether the input is unfolded; null when it always is (editing a stored call). */
  changing: boolean | null;
  onChangingChange: (changing: boolean) => void;
}) {
  const t = useTranslations("hotline");
  const field = Call.useField("receivedAt");
  const input = <input type="datetime-local" {...callDateInputBounds()} {...field.aria} {...field.register()} />;
  return (
    <div className="field">
      <label htmlFor={field.id}>{t("receivedAt")}</label>
      {props.changing === null ? (
        input
      ) : (
        <details
          className="received-at"
          open={props.changing}
          onToggle={(event) => props.onChangingChange(event.currentTarget.open)}
        >
          <summary>
            {props.changing ? (
              <span className="btn-link">{t("receivedAtBackToNow")}</span>
            ) : (
              <>
                <span data-testid="received-now">{t("receivedNow")}</span> ·{" "}
                <span className="btn-link">{t("changeReceivedAt")}</span>
              </>
            )}
          </summary>
          {input}
        </details>
      )}
      <FieldError id={field.id} error={field.error} />
    </div>
  );
}
