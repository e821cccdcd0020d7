// What a list's filter form posts to /search (app/(app)/search/route.ts): which list, its filters,
// and the words. Filters pass through by name and length only: each list's page validates them as
// it validates a typed link (lib/list-query.ts), dropping what it does not know.
import { isSearchableList, type SearchableList } from "./lists";

const FILTER_NAME = /^[a-zA-Z]{1,32}$/;
const LONGEST_FILTER = 100;
const LONGEST_WORDS = 200;
const MOST_FILTERS = 20;

export interface FilterForm {
  list: SearchableList;
  filters: Record<string, string>;
  words: string | undefined;
}

/** The form's list, filters and words; null when it names no list of ours. */
export function readFilterForm(form: FormData): FilterForm | null {
  const list = form.get("list");
  if (!isSearchableList(list)) return null;
  const filters: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (name === "list" || name === "q" || typeof value !== "string" || !FILTER_NAME.test(name)) continue;
    if (value === "" || value.length > LONGEST_FILTER || Object.keys(filters).length >= MOST_FILTERS) continue;
    filters[name] = value;
  }
  const words = form.get("q");
  return { list, filters, words: typeof words === "string" ? words.slice(0, LONGEST_WORDS) : undefined };
}
