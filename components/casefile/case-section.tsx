// One section of a case file: its heading, what stops the viewer from acting here and who can,
// its list (or what to do first when the list is empty), and the form to add to it beside it,
// folded until asked for (<details> opens without JavaScript).
import type { ReactNode } from "react";

export function CaseSection(props: {
  id: string;
  title: string;
  children?: ReactNode;
  /** Shown instead of the list when there is nothing yet: what to do first. */
  empty?: string | null;
  /** The summary of the folded form, e.g. "Add to the support plan"; no form when absent. */
  addLabel?: string;
  addForm?: ReactNode;
  /** Open the form at once (a "record it" link from elsewhere on the page asks for it). */
  addOpen?: boolean;
  /** Who can act here, when the viewer cannot: one sentence. */
  whoCan?: string | null;
  /** A checklist or notice that comes before the form (consents a referral needs…). */
  before?: ReactNode;
}) {
  const heading = `${props.id}-heading`;
  return (
    <section id={props.id} aria-labelledby={heading} className="casefile-section" data-testid={`section-${props.id}`}>
      <h2 id={heading}>{props.title}</h2>
      {props.children}
      {props.empty ? <p className="casefile-empty muted">{props.empty}</p> : null}
      {props.whoCan ? (
        <p className="casefile-who-can" data-testid="who-can">
          {props.whoCan}
        </p>
      ) : null}
      {props.before}
      {props.addForm && props.addLabel ? (
        <details className="casefile-add" id={`${props.id}-add`} open={props.addOpen}>
          <summary>{props.addLabel}</summary>
          {props.addForm}
        </details>
      ) : null}
    </section>
  );
}
