// A person's claims for unpaid wages on their case file: each with the employer, where and when the
// work was, the route and status, this person's amount owed and recovered and, for the
// organisation's own staff, the other people of the claim the rule lets them see and the claim's
// totals; the form to change it for those who may change the record.
import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName, formatDate } from "@/lib/i18n/format";
import type { CountryChoice } from "@/lib/i18n/countries";
import { formatAmount } from "@/lib/labour-claims/amounts";
import type { ClaimChoices, LabourClaimView } from "@/lib/labour-claims/types";
import type { Currency } from "@/lib/vocabulary/currencies";
import { isoDate } from "@/lib/time/zoned";
import { EditLabourClaimForm } from "./claim-form";

export async function LabourClaims({
  victimId,
  personName,
  claims,
  filesOf,
  mayEdit,
  choices,
  countries,
}: {
  victimId: string;
  personName: string;
  claims: LabourClaimView[];
  /** The files on a claim and the form to add one, as the page shows them (null: nothing to show). */
  filesOf?: (claimId: string) => ReactNode;
  mayEdit: boolean;
  choices: ClaimChoices | null;
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
}) {
  const t = await getTranslations("labourClaims");
  const locale = await getLocale();
  // Work and filing dates are calendar dates (stored at midnight UTC): shown as such, in no zone.
  const day = (d: Date | null) => (d ? formatDate(d, locale, "UTC") : t("periodOpen"));
  if (claims.length === 0) return null;
  return (
    <ul className="stack" data-testid="labour-claims">
      {claims.map((c) => {
        const money = (amount: string) => formatAmount(amount, c.currency, locale);
        const employer = c.employer.name ?? t("employerNotShown");
        return (
          <li key={c.id} className="card" data-testid={`labour-claim-${c.id}`}>
            <p>
              <strong>
                {c.employer.perpetratorId ? (
                  <Link href={`/perpetrators/${c.employer.perpetratorId}`}>{employer}</Link>
                ) : (
                  employer
                )}
              </strong>
              {` · ${countryName(c.countryCode, locale)}`}
            </p>
            <p className="muted">
              {c.workFrom || c.workTo ? `${t("period", { from: day(c.workFrom), to: day(c.workTo) })} · ` : ""}
              {t(`routes.${c.route}`)} · {t(`statuses.${c.status}`)}
              {c.filedOn ? ` · ${t("filed", { date: day(c.filedOn) })}` : ""}
              {c.situation ? (
                <>
                  {" · "}
                  <Link href={`/situations/${c.situation.id}`}>{c.situation.reference}</Link>
                </>
              ) : null}
            </p>
            <p data-testid="labour-claim-mine">
              {t("mine", { owed: money(c.person.owed), recovered: money(c.person.recovered) })}
            </p>
            {c.others.length ? (
              <>
                <p>{t("others")}</p>
                <ul data-testid="labour-claim-others">
                  {c.others.map((o) =>
                    o.shown === "person" ? (
                      <li key={o.victimId}>
                        <Link href={`/victims/${o.victimId}`}>{o.name}</Link> ·{" "}
                        {t("line", { owed: money(o.owed), recovered: money(o.recovered) })}
                      </li>
                    ) : (
                      <li key={o.caseNumber}>{t("restricted", { caseNumber: o.caseNumber })}</li>
                    ),
                  )}
                </ul>
              </>
            ) : null}
            {c.othersNotShown ? <p className="muted">{t("othersNotShown", { count: c.othersNotShown })}</p> : null}
            {c.totals && c.totals.people > 1 ? (
              <p data-testid="labour-claim-totals">
                <strong>
                  {t("totals", {
                    count: c.totals.people,
                    owed: money(c.totals.owed),
                    recovered: money(c.totals.recovered),
                  })}
                </strong>
              </p>
            ) : null}
            {c.notes ? <p style={{ whiteSpace: "pre-wrap" }}>{c.notes}</p> : null}
            {filesOf ? filesOf(c.id) : null}
            {mayEdit && c.own && choices ? (
              <details className="casefile-add">
                <summary>{t("edit")}</summary>
                <EditLabourClaimForm
                  victimId={victimId}
                  choices={choices}
                  countries={countries}
                  claim={{
                    id: c.id,
                    version: c.version,
                    employerPerpetratorId: c.employer.perpetratorId ?? "",
                    employerName: c.employer.linked ? "" : (c.employer.name ?? ""),
                    countryCode: c.countryCode,
                    workFrom: c.workFrom ? isoDate(c.workFrom) : "",
                    workTo: c.workTo ? isoDate(c.workTo) : "",
                    currency: c.currency as Currency,
                    route: c.route,
                    status: c.status,
                    filedOn: c.filedOn ? isoDate(c.filedOn) : "",
                    situationId: c.situation?.id ?? "",
                    notes: c.notes ?? "",
                    people: [
                      { victimId, label: personName, ...c.person },
                      ...c.others.flatMap((o) =>
                        o.shown === "person"
                          ? [
                              {
                                victimId: o.victimId,
                                label: `${o.name} · ${o.caseNumber}`,
                                owed: o.owed,
                                recovered: o.recovered,
                              },
                            ]
                          : [],
                      ),
                    ],
                  }}
                />
              </details>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
