/** <option>s for things with an id and a name (organisations, staff), after an empty choice. */
export function NamedOptions({ items, empty }: { items: { id: string; name: string }[]; empty: string }) {
  return (
    <>
      <option value="">{empty}</option>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {item.name}
        </option>
      ))}
    </>
  );
}
