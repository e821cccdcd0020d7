import Link from "next/link";

export interface SortOption {
  /** The value of the list's `order` parameter. */
  value: string;
  direction: "ascending" | "descending";
}

/**
 * A column header that sorts the list by its column: a plain link (works before JavaScript, can be
 * bookmarked), filters kept, the cursor dropped (a page position belongs to one order). Each click
 * moves to the column's next order; from another column's order, to this column's first.
 */
export function SortHeader(props: {
  label: string;
  /** "Sort by {column}", already translated. */
  linkLabel: string;
  basePath: string;
  params: Record<string, string | string[] | undefined>;
  /** The list's order now (its default when the URL has none). */
  current: string;
  options: SortOption[];
}) {
  const index = props.options.findIndex((o) => o.value === props.current);
  const next = props.options[(index + 1) % props.options.length] ?? props.options[0]!;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(props.params))
    if (typeof value === "string" && value && key !== "cursor" && key !== "order") search.set(key, value);
  search.set("order", next.value);
  const active = index >= 0 ? props.options[index]! : null;
  return (
    <th aria-sort={active ? active.direction : "none"}>
      {/* Named by its column (a label of its own would also name the column's form field for
          tools that find fields by label); the title says what a click does. */}
      <Link
        className="sort-link"
        href={`${props.basePath}?${search.toString()}`}
        title={props.linkLabel}
        data-order={next.value}
      >
        {props.label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (active.direction === "ascending" ? " ↑" : " ↓") : " ↕"}
        </span>
      </Link>
    </th>
  );
}
