import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { sheetLanguageName, SHEET_LANGUAGES } from "@/lib/sheets/content";
import type { SheetLanguage } from "@/lib/sheets/schema";

/** The same sheet in the other languages, each named in its own language. */
export async function SheetLanguageLinks({
  current,
  href,
}: {
  current: SheetLanguage;
  href: (language: SheetLanguage) => string;
}) {
  const t = await getTranslations("sheets");
  return (
    <nav className="sheet-languages no-print" aria-label={t("otherLanguages")}>
      <ul className="inline-list">
        {SHEET_LANGUAGES.map((language) => (
          <li key={language}>
            {language === current ? (
              <span aria-current="page" lang={language}>
                {sheetLanguageName(language)}
              </span>
            ) : (
              <Link href={href(language)} lang={language} hrefLang={language}>
                {sheetLanguageName(language)}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
