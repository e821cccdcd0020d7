import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/sheets/print-button";
import { ReadAloudView } from "@/components/sheets/read-aloud-view";
import { SheetLanguageLinks } from "@/components/sheets/sheet-language-links";
import { loadConsentSheet } from "@/lib/sheets/load";

type Params = Promise<{ kind: string; language: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { sheet } = await loadConsentSheet(params);
  return { title: `${sheet.common.readAloudTitle} · ${sheet.title}` };
}

/** The consent read to a person who cannot read: a script with questions that check understanding. */
export default async function ReadAloudPage({ params }: { params: Params }) {
  const { slug, sheet } = await loadConsentSheet(params);
  const t = await getTranslations("sheets");
  return (
    <>
      <div className="sheet-toolbar no-print">
        <Link href="/consent-sheets">{t("backToList")}</Link>
        <Link href={`/consent-sheets/${slug}/${sheet.language}`}>{t("printable")}</Link>
        <PrintButton label={t("print")} />
      </div>
      <SheetLanguageLinks
        current={sheet.language}
        href={(language) => `/consent-sheets/${slug}/${language}/read-aloud`}
      />
      <ReadAloudView sheet={sheet} />
    </>
  );
}
