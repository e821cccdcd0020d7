"use client";
// Saves the intake form's values as a server-side draft a moment after each change, and again
// when the connection returns, so a closed tab or a dropped connection loses nothing typed.
import { useCallback, useEffect, useRef, useState } from "react";
import { saveHotlineCallDraftAction } from "@/lib/hotline/actions";

export type DraftStatus = { state: "idle" } | { state: "saving" } | { state: "saved"; at: Date } | { state: "offline" };

export function useDraftAutosave(enabled: boolean, delayMs = 1000) {
  const [status, setStatus] = useState<DraftStatus>({ state: "idle" });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<Record<string, unknown> | null>(null);

  const flush = useCallback(async () => {
    const values = pending.current;
    if (!values) return;
    setStatus({ state: "saving" });
    try {
      const result = await saveHotlineCallDraftAction(values);
      if (pending.current === values) pending.current = null;
      setStatus(result.ok ? { state: "saved", at: new Date(result.data.savedAt) } : { state: "offline" });
    } catch {
      setStatus({ state: "offline" });
    }
  }, []);

  const schedule = useCallback(
    (values: Record<string, unknown>) => {
      if (!enabled) return;
      pending.current = values;
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [enabled, delayMs, flush],
  );

  /** After the call is saved: nothing left to save. */
  const cancel = useCallback(() => {
    pending.current = null;
    if (timer.current) clearTimeout(timer.current);
    setStatus({ state: "idle" });
  }, []);

  useEffect(() => {
    const retry = () => void flush();
    window.addEventListener("online", retry);
    return () => {
      window.removeEventListener("online", retry);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [flush]);

  return { status, schedule, cancel };
}
