import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { informationSheet, sheetLanguageName, SHEET_LANGUAGES } from "@/lib/sheets/content";
import type { Locale } from "@/lib/i18n/locales";
import { INFORMATION_SHEETS } from "@/lib/sheets/schema";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sheets"))("informationTitle") };
}

/** What a hotline operator reads to a caller, in the caller's language. */
export default async function InformationSheetsPage() {
  await requireActor();
  const t = await getTranslations("sheets");
  const locale = (await getLocale()) as Locale;
  return (
    <>
      <h1>{t("informationTitle")}</h1>
      <p className="muted">{t("informationIntro")}</p>
      <p>
        <Link href="/consent-sheets">{t("consentTitle")}</Link>
      </p>
      {INFORMATION_SHEETS.map((id) => (
        <section key={id} className="card">
          <h2>{informationSheet(id, locale).title}</h2>
          <ul className="inline-list">
            {SHEET_LANGUAGES.map((language) => (
              <li key={language}>
                <Link href={`/information-sheets/${id}/${language}`} lang={language} hrefLang={language}>
                  {informationSheet(id, language).title}
                  <span className="visually-hidden"> ({sheetLanguageName(language)})</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
