// Label and value pairs of a record; a value the viewer may not see (or that is not recorded) is
// left out, not shown as a blank.
import type { ReactNode } from "react";

export function Facts({ rows, testId }: { rows: [string, ReactNode][]; testId?: string }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== "");
  if (shown.length === 0) return null;
  return (
    <dl className="facts" data-testid={testId}>
      {shown.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
