/** One of the hotline list's filter dropdowns: "all" first, then each code with its label. */
export function FilterSelect({
  name,
  label,
  values,
  labelOf,
  value,
  allLabel,
}: {
  name: string;
  label: string;
  values: readonly string[];
  labelOf: (value: string) => string;
  value?: string;
  allLabel: string;
}) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""}>
        <option value="">{allLabel}</option>
        {values.map((v) => (
          <option key={v} value={v}>
            {labelOf(v)}
          </option>
        ))}
      </select>
    </div>
  );
}
