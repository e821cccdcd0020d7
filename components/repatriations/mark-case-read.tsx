"use client";
import { useEffect } from "react";
import { markCaseNoticesReadAction } from "@/lib/notifications/actions";

/**
 * Opening a case marks its notices to the user read. The page only renders; the write is this
 * action, sent once the case is on screen.
 */
export function MarkCaseRead({ caseId }: { caseId: string }) {
  useEffect(() => {
    void markCaseNoticesReadAction(caseId).catch(() => undefined);
  }, [caseId]);
  return null;
}
