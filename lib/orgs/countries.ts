// The country an organisation works in, where a form needs one to start from.
/** Where no organisation names a country (network roles act in none). */
export const COUNTRY_WITHOUT_ORGANISATION = "UZ";

/**
 * The organisation's default country: how a phone number typed without its +code is read, and
 * the country a new shelter starts with. The current organisation's; the one place that decides.
 */
export function organisationCountry(actor: { current: { countryCode: string } | null }): string {
  return actor.current?.countryCode ?? COUNTRY_WITHOUT_ORGANISATION;
}
