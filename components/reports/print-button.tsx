"use client";
// Prints the page (the browser's own dialog, which also saves a PDF). Rendered only once the page's
// JavaScript runs (the server's snapshot says "not yet"): without it, the browser's Print menu does
// the same, with the same print styles.
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

export function PrintButton({ label }: { label: string }) {
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  if (!hydrated) return null;
  return (
    <button type="button" className="btn btn-secondary no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
