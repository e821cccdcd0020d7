import Link from "next/link";

export interface CountItem {
  key: string;
  label: string;
  count: number;
  /** The filtered list the count was computed for (same scope, same filters). */
  href: string;
  /** Shown as needing attention (overdue, waiting). */
  alert?: boolean;
}

/** Counts, each a link into the list it counts. */
export function CountList({ items }: { items: CountItem[] }) {
  return (
    <ul className="home-counts">
      {items.map((item) => (
        <li key={item.key} data-count-key={item.key}>
          <Link href={item.href}>
            <span
              className={item.alert && item.count > 0 ? "home-count home-count-alert" : "home-count"}
              data-testid={`count-${item.key}`}
            >
              {item.count}
            </span>{" "}
            {item.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
