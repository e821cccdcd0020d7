// How a list page and its export read their filters: the URL's parameters, with the sealed search
// words (`s`) opened for the signed-in user as `q`. A `q` in a URL (an old bookmark, a link typed by
// hand) is sealed at once: the page answers with the same list at an address without the words.
import "server-only";
import { redirect } from "next/navigation";
import { openSearchWords, sealSearchWords, SEALED_WORDS_PARAM } from "./sealed-words";

type Params = Record<string, string | undefined>;

export interface ListSearch {
  /** The parameters a list query schema reads: filters, cursor, and `q` opened. */
  query: Params;
  /** The parameters of the page's own links (paging, sorting, export): `s`, never `q`. */
  links: Params;
  /** A sealed search that could not be opened (expired, another user's): the list shows unsearched. */
  searchLost: boolean;
}

/**
 * A plain `q` still reads here (an API client's export link asks with it); list pages move it out
 * of the address before they get here (listSearchOfPage), so their links never carry it.
 */
export function readListSearch(userId: string, params: Params): ListSearch {
  const { q: plain, [SEALED_WORDS_PARAM]: sealed, ...filters } = params;
  const words = sealed ? openSearchWords(userId, sealed) : plain || null;
  return {
    query: words ? { ...filters, q: words } : filters,
    links: words && sealed ? { ...filters, [SEALED_WORDS_PARAM]: sealed } : filters,
    searchLost: Boolean(sealed) && words === null,
  };
}

/** The address of a list with these filters and these words sealed for the user. */
export function listAddress(path: string, userId: string, filters: Params, words: string | undefined): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) search.set(key, value);
  const trimmed = words?.trim();
  if (trimmed) search.set(SEALED_WORDS_PARAM, sealSearchWords(userId, trimmed));
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

/** For list pages: reads the search, moving plain words out of the address first. */
export function listSearchOfPage(path: string, userId: string, params: Params): ListSearch {
  if (params.q) {
    const { q, [SEALED_WORDS_PARAM]: _sealed, ...filters } = params;
    redirect(listAddress(path, userId, filters, q));
  }
  return readListSearch(userId, params);
}
