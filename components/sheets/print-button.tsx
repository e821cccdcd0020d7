"use client";

/** Opens the browser's print dialog (the sheet's own print styles make it one A4 page). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="button no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
