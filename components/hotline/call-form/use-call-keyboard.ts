"use client";
// The intake is worked from the keyboard while talking: digits pick the call type (outside text
// fields), Ctrl+Enter saves from anywhere in the page, and focus goes back to the call type when
// the form opens and after each saved call.
import { useEffect, useRef, type RefObject } from "react";
import { CALL_TYPE_KEYS } from "@/lib/hotline/codes";
import type { CallFormApi } from "./fields";

const isTextTarget = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && !["radio", "checkbox", "button", "submit"].includes(target.type)));

export function useCallKeyboard(form: CallFormApi, formRef: RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
        event.preventDefault();
        formRef.current?.requestSubmit();
        return;
      }
      if (event.altKey || event.ctrlKey || event.metaKey || isTextTarget(event.target)) return;
      const type = CALL_TYPE_KEYS[event.key];
      if (!type) return;
      event.preventDefault();
      form.setValue("callType", type, { shouldDirty: true });
      document.getElementById(`callType-${type}`)?.focus();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [form, formRef]);
}

/**
 * On opening, and after each saved call once the form is enabled again, focus goes to `target`
 * (the call type). After a failed save, focus stays on the first field with an error.
 */
export function useFocusOnNextCall(
  target: RefObject<HTMLInputElement | null>,
  callsSaved: number,
  isSubmitting: boolean,
) {
  const focusedAfter = useRef(-1);
  useEffect(() => {
    if (isSubmitting || focusedAfter.current === callsSaved) return;
    focusedAfter.current = callsSaved;
    target.current?.focus();
  }, [target, callsSaved, isSubmitting]);
}
