// The person's documents a repatriation's travel may rest on, named for the travel-documents
// step's choice: kind, issuing country, who holds it, expiry (never the number, which the choice
// list would put into the page for anyone looking over a shoulder).
import type { getTranslations } from "next-intl/server";
import type { PersonDocumentView } from "@/lib/documents/types";
import { isTravelDocumentType } from "@/lib/repatriations/travel-document";
import { countryName, formatDate } from "@/lib/i18n/format";
import type { TravelDocumentChoice } from "./step-fields";

type Translate = Awaited<ReturnType<typeof getTranslations>>;

export function travelDocumentChoices(
  documents: readonly PersonDocumentView[] | null,
  t: Translate,
  locale: string,
): TravelDocumentChoice[] {
  return (documents ?? [])
    .filter((d) => isTravelDocumentType(d.type))
    .map((d) => ({
      id: d.id,
      name: [
        t(`documents.types.${d.type}`),
        d.issuingCountry ? countryName(d.issuingCountry, locale) : null,
        t("documents.heldBy", { holder: t(`documents.holders.${d.holder}`) }),
        // A document's dates are calendar days: shown as stored, not moved by a time zone.
        d.expiresOn ? t("documents.expires", { date: formatDate(d.expiresOn, locale, "UTC") }) : null,
      ]
        .filter(Boolean)
        .join(" · "),
    }));
}
