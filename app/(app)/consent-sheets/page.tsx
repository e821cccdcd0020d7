import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { CONSENT_KINDS, sheetLanguageName, SHEET_LANGUAGES } from "@/lib/sheets/content";
import { kindSlug } from "@/lib/sheets/schema";
import { TableWrap } from "@/components/ui/table-wrap";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sheets"))("consentTitle") };
}

/** Every consent kind's sheet, to print or to read aloud, in every language. No personal data. */
export default async function ConsentSheetsPage() {
  await requireActor();
  const t = await getTranslations();
  return (
    <>
      <h1>{t("sheets.consentTitle")}</h1>
      <p className="muted">{t("sheets.consentIntro")}</p>
      <p>
        <Link href="/information-sheets">{t("sheets.informationTitle")}</Link>
      </p>
      <TableWrap>
        <table className="sheet-index">
          <caption className="visually-hidden">{t("sheets.consentTitle")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("sheets.language")}</th>
              {CONSENT_KINDS.map((kind) => (
                <th scope="col" key={kind}>
                  {t(`casework.consentKinds.${kind}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {SHEET_LANGUAGES.map((language) => (
              <tr key={language}>
                <th scope="row" lang={language}>
                  {sheetLanguageName(language)}
                </th>
                {CONSENT_KINDS.map((kind) => (
                  <td key={kind}>
                    <Link href={`/consent-sheets/${kindSlug(kind)}/${language}`}>
                      {t("sheets.printable")}
                      <span className="visually-hidden">
                        {" "}
                        {t(`casework.consentKinds.${kind}`)}, {sheetLanguageName(language)}
                      </span>
                    </Link>
                    {" · "}
                    <Link href={`/consent-sheets/${kindSlug(kind)}/${language}/read-aloud`}>
                      {t("sheets.readAloud")}
                      <span className="visually-hidden">
                        {" "}
                        {t(`casework.consentKinds.${kind}`)}, {sheetLanguageName(language)}
                      </span>
                    </Link>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </>
  );
}
