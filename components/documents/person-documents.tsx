// A person's documents on their case file: each with who holds it, its dates, the steps taken to get
// it back, and (for those who may change the record) the forms to change it and add a step. A
// document held by an employer, a trafficker or the police, or lost, is marked so it stands out.
import { getLocale, getTranslations } from "next-intl/server";
import { countryName, formatDate } from "@/lib/i18n/format";
import type { CountryChoice } from "@/lib/i18n/countries";
import { NOT_WITH_PERSON } from "@/lib/documents/codes";
import type { PersonDocumentView } from "@/lib/documents/types";
import { isoDate } from "@/lib/time/zoned";
import { EditDocumentForm, RecoveryStepForm } from "./document-forms";

export async function PersonDocuments({
  documents,
  mayEdit,
  today,
  countries,
}: {
  documents: PersonDocumentView[];
  mayEdit: boolean;
  today: string;
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
}) {
  const t = await getTranslations("documents");
  const locale = await getLocale();
  // Document dates are calendar dates (stored at midnight UTC): shown as such, in no zone.
  const day = (d: Date | null) => (d ? formatDate(d, locale, "UTC") : null);
  if (documents.length === 0) return null;
  return (
    <ul className="stack" data-testid="person-documents">
      {documents.map((d) => {
        const away = NOT_WITH_PERSON.includes(d.holder);
        return (
          <li key={d.id} className="card" data-testid={`document-${d.id}`}>
            <p>
              <strong>{t(`types.${d.type}`)}</strong>
              {d.issuingCountry ? ` · ${countryName(d.issuingCountry, locale)}` : ""}
              {d.number ? ` · ${d.number}` : ""}
            </p>
            <p className={away ? "alert" : "muted"}>
              {t("heldBy", { holder: t(`holders.${d.holder}`) })}
              {d.expiresOn ? ` · ${t("expires", { date: day(d.expiresOn)! })}` : ""}
              {d.expiresOn && isoDate(d.expiresOn) < today ? ` · ${t("expired")}` : ""}
            </p>
            {d.notes ? <p style={{ whiteSpace: "pre-wrap" }}>{d.notes}</p> : null}
            {d.steps.length ? (
              <ol className="stack" aria-label={t("steps.title")} data-testid="document-steps">
                {d.steps.map((s) => (
                  <li key={s.id}>
                    {day(s.takenOn)} · {t(`steps.kinds.${s.kind}`)} · {t(`steps.outcomes.${s.outcome}`)}
                    {s.note ? ` · ${s.note}` : ""}
                  </li>
                ))}
              </ol>
            ) : null}
            {mayEdit ? (
              <>
                <details className="casefile-add">
                  <summary>{t("steps.add")}</summary>
                  <RecoveryStepForm documentId={d.id} today={today} />
                </details>
                <details className="casefile-add">
                  <summary>{t("edit")}</summary>
                  <EditDocumentForm
                    countries={countries}
                    document={{
                      id: d.id,
                      version: d.version,
                      type: d.type,
                      issuingCountry: d.issuingCountry ?? "",
                      number: d.number ?? "",
                      issuedOn: d.issuedOn ? isoDate(d.issuedOn) : "",
                      expiresOn: d.expiresOn ? isoDate(d.expiresOn) : "",
                      holder: d.holder,
                      notes: d.notes ?? "",
                    }}
                  />
                </details>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
