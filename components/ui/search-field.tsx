// The words a list is searched by (`q`), in a list's filter form. Each list says its own label,
// hint and length; the parameter is always `q`, which the list's query schema reads.
export function SearchField(props: {
  label: string;
  defaultValue: string | undefined;
  maxLength: number;
  /** The input's id, when `q` is taken on the page. */
  id?: string;
  placeholder?: string;
  /** What the search matches (shown on hover). */
  title?: string;
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
      />
    </div>
  );
}
