import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ConsentSheetView } from "@/components/sheets/consent-sheet-view";
import { PrintButton } from "@/components/sheets/print-button";
import { SheetLanguageLinks } from "@/components/sheets/sheet-language-links";
import { loadConsentSheet } from "@/lib/sheets/load";

type Params = Promise<{ kind: string; language: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await loadConsentSheet(params)).sheet.title };
}

/** A consent sheet to print on one A4 page, or to hand over on screen. */
export default async function ConsentSheetPage({ params }: { params: Params }) {
  const { slug, sheet } = await loadConsentSheet(params);
  const t = await getTranslations("sheets");
  return (
    <>
      <div className="sheet-toolbar no-print">
        <Link href="/consent-sheets">{t("backToList")}</Link>
        <Link href={`/consent-sheets/${slug}/${sheet.language}/read-aloud`}>{t("readAloud")}</Link>
        <PrintButton label={t("print")} />
      </div>
      <SheetLanguageLinks current={sheet.language} href={(language) => `/consent-sheets/${slug}/${language}`} />
      <ConsentSheetView sheet={sheet} />
    </>
  );
}
