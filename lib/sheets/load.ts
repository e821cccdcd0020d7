// What a consent sheet's printable page and its read-aloud version share: the address read into a
// kind and a language (anything else is 404), and the organisation the sheet names.
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { consentSheet } from "@/lib/sheets/content";
import { isSheetLanguage, kindOfSlug } from "@/lib/sheets/schema";

export async function loadConsentSheet(params: Promise<{ kind: string; language: string }>) {
  const actor = await requireActor();
  const { kind: slug, language } = await params;
  const kind = kindOfSlug(slug);
  if (!kind || !isSheetLanguage(language)) notFound();
  // The sheet names the organisation that asks for the consent; the network's administrator, who
  // belongs to none, previews it with the product's name.
  return { slug, sheet: consentSheet(kind, language, actor.current?.organisationName ?? "Tumar") };
}
