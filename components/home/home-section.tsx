import type { ReactNode } from "react";

/**
 * One block of a home: a titled card with its counts, or (when there is nothing in it) a sentence
 * that says what to do.
 */
export function HomeSection(props: { id: string; title: string; empty?: string | null; children?: ReactNode }) {
  return (
    <section className="card home-section" data-testid={`home-${props.id}`} aria-labelledby={`home-${props.id}-title`}>
      <h2 id={`home-${props.id}-title`}>{props.title}</h2>
      {props.empty ? <p className="muted home-empty">{props.empty}</p> : props.children}
    </section>
  );
}
