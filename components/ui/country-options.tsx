import type { CountryChoice } from "@/lib/i18n/countries";

/** <option>s for a country <select>: the region's countries, a divider, then the rest. */
export function CountryOptions({ countries }: { countries: { first: CountryChoice[]; rest: CountryChoice[] } }) {
  return (
    <>
      {countries.first.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
      <option disabled>──────────</option>
      {countries.rest.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </>
  );
}
