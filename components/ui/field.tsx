// A labelled input with its hint and its error, wired for screen readers. Form code names its
// fields through components/ui/form-field.tsx, which reads the ids, aria and error from the form.
import type { ReactNode } from "react";

export function Field(props: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      {props.children}
      {props.hint ? (
        <span className="hint" id={`${props.id}-hint`}>
          {props.hint}
        </span>
      ) : null}
      <FieldError id={props.id} error={props.error} />
    </div>
  );
}

/** A field's error, announced, with the id its control's aria-describedby names. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <span className="field-error" id={`${id}-error`} role="alert">
      {error}
    </span>
  ) : null;
}
