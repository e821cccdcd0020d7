/** <option>s for a list of codes, each labelled (usually by a translation). */
export function Options<T extends string>({
  values,
  label,
  empty,
}: {
  values: readonly T[];
  label: (value: T) => string;
  empty?: string;
}) {
  return (
    <>
      {empty !== undefined ? <option value="">{empty}</option> : null}
      {values.map((value) => (
        <option key={value} value={value}>
          {label(value)}
        </option>
      ))}
    </>
  );
}
