// next-intl request configuration: which language this request is rendered in, and in which time zone.
// Signed-in users: the language saved on their profile. Others: the language cookie set by the
// switcher, then the browser's Accept-Language, then English.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor, type Actor } from "@/lib/auth/actor";
import { DISPLAY_ZONE_WITHOUT_ORGANISATION } from "@/lib/auth/load-actor";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "./locales";

async function resolveLocale(actor: Actor | null): Promise<Locale> {
  if (actor && isLocale(actor.user.locale)) return actor.user.locale;
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookieLocale)) return cookieLocale;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const actor = await getActor().catch(() => null);
  const locale = await resolveLocale(actor);
  const messages = (await import(`../../messages/${locale}.json`)).default;
  // The zone next-intl hands to server and client components (getTimeZone / useTimeZone), so a
  // client component formats in the organisation's zone, not the browser's.
  const timeZone = actor?.timeZone ?? DISPLAY_ZONE_WITHOUT_ORGANISATION;
  return { locale, messages, timeZone };
});
