// next-intl request configuration: which language this request is rendered in.
// Signed-in users: the language saved on their profile. Others: the language cookie set by the
// switcher, then the browser's Accept-Language, then English.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getActor } from "@/lib/auth/actor";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "./locales";

async function resolveLocale(): Promise<Locale> {
  const actor = await getActor().catch(() => null);
  if (actor && isLocale(actor.user.locale)) return actor.user.locale;
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(cookieLocale)) return cookieLocale;
  return localeFromAcceptLanguage((await headers()).get("accept-language")) ?? DEFAULT_LOCALE;
}

export default getRequestConfig(async () => {
  const locale = await resolveLocale();
  const messages = (await import(`../../messages/${locale}.json`)).default;
  return { locale, messages };
});
