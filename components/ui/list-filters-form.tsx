// A list's filter form. It posts to /search (app/(app)/search/route.ts), with or without the page's
// JavaScript, so the search words never enter a URL; the list comes back at an address with the
// filters and the words sealed (lib/search/sealed-words.ts).
import type { ReactNode } from "react";
import type { SearchableList } from "@/lib/search/lists";

export function ListFiltersForm(props: { list: SearchableList; children: ReactNode }) {
  return (
    <form className="filters" method="post" action="/search" role="search">
      <input type="hidden" name="list" value={props.list} />
      {props.children}
    </form>
  );
}
