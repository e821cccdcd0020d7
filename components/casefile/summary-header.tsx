// The head of a case file: who, which case, how it stands, and the flags that change what may be
// done, on one screen. The page decides what the viewer may see; this only lays it out.
import type { ReactNode } from "react";

export interface CaseFlag {
  key: string;
  label: string;
  /** "alert" for what blocks work (consent missing), "info" for state (in shelter, return open). */
  tone: "alert" | "info";
}

export function SummaryHeader(props: {
  /** The name as written in the person's own script. */
  name: string;
  /** The name in Latin script as in the passport, when recorded and visible. */
  latinName?: string | null;
  facts: { label: string; value: ReactNode; testId?: string }[];
  flags: CaseFlag[];
  actions?: ReactNode;
}) {
  return (
    <header className="casefile-header card" data-testid="casefile-header">
      <div className="page-header">
        <div>
          <h1>{props.name}</h1>
          {props.latinName ? (
            <p className="casefile-latin muted" lang="en">
              {props.latinName}
            </p>
          ) : null}
        </div>
        {props.actions}
      </div>
      <dl className="casefile-facts">
        {props.facts.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd data-testid={f.testId}>{f.value}</dd>
          </div>
        ))}
      </dl>
      {props.flags.length > 0 ? (
        <ul className="casefile-flags" data-testid="casefile-flags">
          {props.flags.map((f) => (
            <li key={f.key} className={`badge ${f.tone === "alert" ? "badge-urgent" : ""}`}>
              {f.label}
            </li>
          ))}
        </ul>
      ) : null}
    </header>
  );
}
