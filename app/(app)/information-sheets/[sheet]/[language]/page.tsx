import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { informationSheet } from "@/lib/sheets/content";
import { isInformationSheet, isSheetLanguage } from "@/lib/sheets/schema";
import { PrintButton } from "@/components/sheets/print-button";
import { SheetLanguageLinks } from "@/components/sheets/sheet-language-links";

type Params = Promise<{ sheet: string; language: string }>;

async function load(params: Params) {
  await requireActor();
  const { sheet, language } = await params;
  if (!isInformationSheet(sheet) || !isSheetLanguage(language)) notFound();
  return informationSheet(sheet, language);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: (await load(params)).title };
}

/** An information sheet, on screen while the operator reads it to a caller, or printed. */
export default async function InformationSheetPage({ params }: { params: Params }) {
  const sheet = await load(params);
  const t = await getTranslations("sheets");
  return (
    <>
      <div className="sheet-toolbar no-print">
        <Link href="/information-sheets">{t("backToList")}</Link>
        <PrintButton label={t("print")} />
      </div>
      <SheetLanguageLinks current={sheet.language} href={(language) => `/information-sheets/${sheet.id}/${language}`} />
      <article className="sheet sheet-information" lang={sheet.language} data-testid="information-sheet">
        <p className="sheet-kicker">{sheet.common.informationSheet}</p>
        <h1>{sheet.title}</h1>
        <p className="sheet-note">{sheet.intro}</p>
        {sheet.sections.map((section) => (
          <section key={section.heading}>
            <h2>{section.heading}</h2>
            <p>{section.text}</p>
          </section>
        ))}
      </article>
    </>
  );
}
