"use client";
export function SubmitButton({
  busy,
  label,
  busyLabel,
  variant,
}: {
  busy: boolean;
  label: string;
  busyLabel: string;
  variant?: "danger" | "secondary";
}) {
  return (
    <button type="submit" className={`btn${variant ? ` btn-${variant}` : ""}`} disabled={busy} aria-busy={busy}>
      {busy ? busyLabel : label}
    </button>
  );
}
