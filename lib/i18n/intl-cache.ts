// Intl formatters are costly to construct (tens of microseconds: locale data is resolved each time)
// and cheap to reuse, and a list page formats hundreds of dates. One instance per locale and
// option set, kept for the process; the sets are few (a handful of styles × six languages × the
// network's time zones).
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const displayNames = new Map<string, Intl.DisplayNames>();
const collators = new Map<string, Intl.Collator>();

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

export function regionNames(locale: string): Intl.DisplayNames {
  let names = displayNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region" });
    displayNames.set(locale, names);
  }
  return names;
}

/** Sorting by name in a language: `localeCompare(x, locale)` builds a collator on every comparison. */
export function collator(locale: string): Intl.Collator {
  let order = collators.get(locale);
  if (!order) {
    order = new Intl.Collator(locale);
    collators.set(locale, order);
  }
  return order;
}
