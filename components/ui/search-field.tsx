// The words a list is searched by (`q`), in a list's filter form (ListFiltersForm, which posts
// them). Each list says its own label, hint and length; the field is always `q`, which the list's
// query schema reads once lib/search/query.ts has opened the sealed words.
export function SearchField(props: {
  label: string;
  defaultValue: string | undefined;
  maxLength: number;
  /** The input's id, when `q` is taken on the page. */
  id?: string;
  placeholder?: string;
  /** What the search matches (shown on hover). */
  title?: string;
  /** Said when the address carried a search that no longer opens (expired, or another user's). */
  lostMessage?: string;
}) {
  const id = props.id ?? "q";
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        name="q"
        defaultValue={props.defaultValue ?? ""}
        placeholder={props.placeholder}
        maxLength={props.maxLength}
        title={props.title}
        aria-describedby={props.lostMessage ? `${id}-lost` : undefined}
      />
      {props.lostMessage ? (
        <p className="hint" id={`${id}-lost`} role="status">
          {props.lostMessage}
        </p>
      ) : null}
    </div>
  );
}
