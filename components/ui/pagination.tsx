import Link from "next/link";

/** Keyset pagination: "next" carries the cursor; "first" drops it. Filters are kept. */
export function Pagination(props: {
  basePath: string;
  params: Record<string, string | undefined>;
  nextCursor: string | null;
  labels: { next: string; first: string };
}) {
  const href = (cursor?: string) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(props.params)) if (value && key !== "cursor") search.set(key, value);
    if (cursor) search.set("cursor", cursor);
    const query = search.toString();
    return query ? `${props.basePath}?${query}` : props.basePath;
  };
  return (
    <nav className="pagination">
      {props.params.cursor ? <Link href={href()}>{props.labels.first}</Link> : null}
      {props.nextCursor ? <Link href={href(props.nextCursor)}>{props.labels.next}</Link> : null}
    </nav>
  );
}
