// The consents an action needs, each marked given or missing; a missing one links to the consent
// form of the person's record ("record it"), opened in place. Shown once, where the action is.
import Link from "next/link";

export interface ConsentItem {
  key: string;
  label: string;
  given: boolean;
}

export function ConsentChecklist(props: {
  title: string;
  items: ConsentItem[];
  recordHref: string | null;
  recordLabel: string;
  givenLabel: string;
  missingLabel: string;
  testId?: string;
}) {
  return (
    <div className="casefile-checklist" data-testid={props.testId ?? "consent-checklist"}>
      <p>{props.title}</p>
      <ul>
        {props.items.map((item) => (
          <li key={item.key} className={item.given ? "casefile-given" : "casefile-missing"}>
            <span aria-hidden="true">{item.given ? "✓ " : "✗ "}</span>
            {item.label} <span className="muted">({item.given ? props.givenLabel : props.missingLabel})</span>
            {!item.given && props.recordHref ? (
              <>
                {" "}
                <Link href={props.recordHref}>{props.recordLabel}</Link>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
