"use client";
import { useLocale } from "next-intl";
import { useMemo } from "react";
import { COUNTRY_CODES } from "@/lib/orgs/countries";
import { countryName } from "@/lib/i18n/format";

/** Countries of the region's migration routes first, then every other country by name. */
const REGION_FIRST = ["UZ", "TJ", "KG", "KZ", "TM", "RU", "TR", "AE", "AF", "CN", "KR", "PL", "DE", "SA"];

export function CountryOptions() {
  const locale = useLocale();
  const options = useMemo(() => {
    const named = COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) }));
    const first = REGION_FIRST.map((code) => named.find((c) => c.code === code)!);
    const rest = named.filter((c) => !REGION_FIRST.includes(c.code)).sort((a, b) => a.name.localeCompare(b.name, locale));
    return { first, rest };
  }, [locale]);
  return (
    <>
      {options.first.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
      <option disabled>──────────</option>
      {options.rest.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </>
  );
}
