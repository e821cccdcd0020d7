// A person's legal status on their case file: one plain line per country, most pressing first, and
// what falls due next (overdue in red); for those who may change the record, each country's form
// and one for a country not yet recorded.
import { getLocale, getTranslations } from "next-intl/server";
import { countryName, formatDate } from "@/lib/i18n/format";
import type { CountryChoice } from "@/lib/i18n/countries";
import type { LegalStatusView } from "@/lib/documents/legal-status";
import { nextDue, statusLine } from "@/lib/documents/status-line";
import { isoDate } from "@/lib/time/zoned";
import { LegalStatusForm, type LegalStatusValues } from "./legal-status-form";

const blank = (d: Date | null) => (d ? isoDate(d) : "");

function valuesOf(s: LegalStatusView): LegalStatusValues {
  return {
    countryCode: s.countryCode,
    registration: s.registration,
    registeredUntil: blank(s.registeredUntil),
    permit: s.permit,
    permitUntil: blank(s.permitUntil),
    overstaySince: blank(s.overstaySince),
    finesOwed: s.finesOwed ?? "",
    finesCurrency: s.finesCurrency ?? "",
    finesDueOn: blank(s.finesDueOn),
    removal: s.removal,
    removalDecidedOn: blank(s.removalDecidedOn),
    reEntryBanUntil: blank(s.reEntryBanUntil),
    detainedSince: blank(s.detainedSince),
    releasedOn: blank(s.releasedOn),
    notes: s.notes ?? "",
    version: String(s.version),
  };
}

export async function LegalStatuses({
  victimId,
  statuses,
  mayEdit,
  today,
  defaultCountry,
  countries,
}: {
  victimId: string;
  statuses: LegalStatusView[];
  mayEdit: boolean;
  today: string;
  defaultCountry: string;
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
}) {
  const t = await getTranslations("legalStatus");
  const locale = await getLocale();
  // The line's dates are calendar dates (no zone); amounts in the locale's digits.
  const values = (v: Record<string, string> = {}) =>
    Object.fromEntries(
      Object.entries(v).map(([k, x]) => [
        k,
        k === "date" && x
          ? formatDate(`${x}T00:00:00Z`, locale, "UTC")
          : k === "permit"
            ? t(`permits.${x}`)
            : k === "amount"
              ? new Intl.NumberFormat(locale).format(Number(x))
              : x,
      ]),
    );
  return (
    <div data-testid="legal-statuses">
      <h3>{t("title")}</h3>
      {statuses.length === 0 ? <p className="muted">{t("none")}</p> : null}
      <ul className="stack">
        {statuses.map((s) => {
          const due = nextDue(s, today);
          return (
            <li key={s.id} className="card" data-testid={`legal-status-${s.countryCode}`}>
              <p>
                <strong>{countryName(s.countryCode, locale)}</strong>:{" "}
                {statusLine(s, today)
                  .map((f) => t(`line.${f.key}`, values(f.values)))
                  .join("; ") || t("nothingKnown")}
              </p>
              {due ? (
                <p className={due.overdue ? "alert" : "muted"} data-testid="legal-status-next">
                  {t(due.overdue ? "overdue" : "next", {
                    what: t(`due.${due.key}`),
                    date: formatDate(`${due.date}T00:00:00Z`, locale, "UTC"),
                  })}
                </p>
              ) : null}
              {s.notes ? <p style={{ whiteSpace: "pre-wrap" }}>{s.notes}</p> : null}
              {mayEdit ? (
                <details className="casefile-add">
                  <summary>{t("change")}</summary>
                  <LegalStatusForm
                    victimId={victimId}
                    values={valuesOf(s)}
                    countries={countries}
                    testId={`legal-status-form-${s.countryCode}`}
                  />
                </details>
              ) : null}
            </li>
          );
        })}
      </ul>
      {mayEdit ? (
        <details className="casefile-add">
          <summary>{t("add")}</summary>
          <LegalStatusForm
            victimId={victimId}
            countries={countries}
            testId="legal-status-form-new"
            values={{
              countryCode: defaultCountry,
              registration: "UNKNOWN",
              registeredUntil: "",
              permit: "UNKNOWN",
              permitUntil: "",
              overstaySince: "",
              finesOwed: "",
              finesCurrency: "",
              finesDueOn: "",
              removal: "NONE",
              removalDecidedOn: "",
              reEntryBanUntil: "",
              detainedSince: "",
              releasedOn: "",
              notes: "",
              version: "",
            }}
          />
        </details>
      ) : null}
    </div>
  );
}
