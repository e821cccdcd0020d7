"use client";
// The call type, first in the intake: one radio per type, each with the digit that picks it.
import type { RefObject } from "react";
import { useTranslations } from "next-intl";
import { CALL_TYPES } from "@/lib/hotline/codes";
import { Call } from "./fields";

/** `first` receives the first radio, where focus goes on opening and after each saved call. */
export function CallTypeField({ first }: { first: RefObject<HTMLInputElement | null> }) {
  const t = useTranslations("hotline");
  const { ref, ...registration } = Call.useField("callType").register();
  return (
    <fieldset className="radio-group">
      <legend>{t("callType")}</legend>
      <div className="radio-row">
        {CALL_TYPES.map((type, index) => (
          <label key={type}>
            <input
              type="radio"
              id={`callType-${type}`}
              value={type}
              {...registration}
              ref={(el) => {
                ref(el);
                if (index === 0) first.current = el;
              }}
            />
            <kbd>{index + 1}</kbd> {t(`callTypes.${type}`)}
          </label>
        ))}
      </div>
      <span className="hint muted">{t("callTypeKeys")}</span>
    </fieldset>
  );
}
