// A person's legal proceedings on their case file: each case with its kind, authority, country and
// the person's role (charged themselves: marked, with a hint about the non-punishment principle),
// the next hearing highlighted, the hearings, protection, compensation and outcome; for the owner,
// the situation and perpetrators it is linked to; for those who may change the record, the forms to
// change the case and record a hearing.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { countryName, formatDate } from "@/lib/i18n/format";
import type { CountryChoice } from "@/lib/i18n/countries";
import { CHARGED_ROLES } from "@/lib/proceedings/codes";
import { nextHearing } from "@/lib/proceedings/hearings";
import type { HearingView, ProceedingView } from "@/lib/proceedings/types";
import { EditHearingForm, EditProceedingForm, HearingForm, type LinkChoices } from "./proceeding-forms";
import { isoDate } from "@/lib/time/zoned";

const blank = (d: Date | null) => (d ? isoDate(d) : "");

export async function PersonProceedings({
  proceedings,
  mayEdit,
  today,
  countries,
  links,
}: {
  proceedings: ProceedingView[];
  mayEdit: boolean;
  today: string;
  countries: { first: CountryChoice[]; rest: CountryChoice[] };
  /** The organisation's own records the viewer sees (empty for a partner, who never reads the links). */
  links: LinkChoices;
}) {
  const t = await getTranslations("proceedings");
  const locale = await getLocale();
  // Case dates are calendar dates (stored at midnight UTC): shown as such, in no zone.
  const day = (d: Date) => formatDate(d, locale, "UTC");
  const when = (h: HearingView) => (h.timeOfDay ? `${day(h.heldOn)}, ${h.timeOfDay}` : day(h.heldOn));
  const money = (amount: string | null, currency: string | null) =>
    amount
      ? `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(Number(amount))} ${currency ?? ""}`.trim()
      : "—";
  const measures = (values: string[]) => (values.length ? values.map((v) => t(`measures.${v}`)).join(", ") : t("none"));
  if (proceedings.length === 0) return null;
  return (
    <ul className="stack" data-testid="person-proceedings">
      {proceedings.map((p) => {
        const charged = CHARGED_ROLES.includes(p.role);
        const next = nextHearing(p.hearings, today);
        const situation = p.situationId ? links.situations.find((s) => s.id === p.situationId) : undefined;
        const against = links.perpetrators.filter((x) => p.perpetratorIds.includes(x.id));
        return (
          <li key={p.id} className="card" data-testid={`proceeding-${p.id}`}>
            <p>
              <strong>{t(`kinds.${p.kind}`)}</strong> · {t(`authorities.${p.authority}`)}
              {p.authorityName ? ` (${p.authorityName})` : ""} · {countryName(p.countryCode, locale)}
            </p>
            <p className="muted">
              {[
                p.caseNumber ? t("caseNumberShown", { number: p.caseNumber }) : null,
                p.openedOn ? t("openedLine", { date: day(p.openedOn) }) : null,
              ]
                .filter(Boolean)
                .join(" · ")}
            </p>
            <p data-testid="proceeding-role">
              {t("roleLine", { role: t(`roles.${p.role}`) })}
              {charged ? (
                <>
                  {" "}
                  <span className="badge badge-critical">{t("charged")}</span>
                </>
              ) : null}
            </p>
            {charged ? (
              <p className="alert" data-testid="non-punishment">
                {t("nonPunishment")}
              </p>
            ) : null}
            {next ? (
              <p data-testid="next-hearing">
                <span className="badge badge-urgent">{t("nextHearing")}</span> <strong>{when(next)}</strong>
                {next.note ? ` · ${next.note}` : ""}
              </p>
            ) : null}
            {p.lawyer ? <p>{t("lawyerLine", { lawyer: p.lawyer })}</p> : null}
            {p.protectionAsked.length || p.protectionGranted.length ? (
              <p>
                {t("protectionLine", { asked: measures(p.protectionAsked), granted: measures(p.protectionGranted) })}
              </p>
            ) : null}
            {p.compensationClaimed || p.compensationAwarded ? (
              <p>
                {t("compensationLine", {
                  claimed: money(p.compensationClaimed, p.compensationCurrency),
                  awarded: money(p.compensationAwarded, p.compensationCurrency),
                })}
              </p>
            ) : null}
            <p data-testid="proceeding-outcome">
              {p.outcomeOn
                ? t("outcomeLineDated", { outcome: t(`outcomes.${p.outcome}`), date: day(p.outcomeOn) })
                : t("outcomeLine", { outcome: t(`outcomes.${p.outcome}`) })}
            </p>
            {situation ? (
              <p>
                {t("linkedSituation")} <Link href={`/situations/${situation.id}`}>{situation.reference}</Link>
              </p>
            ) : null}
            {against.length ? (
              <p>
                {t("linkedAgainst")}{" "}
                {against.map((x, i) => (
                  <span key={x.id}>
                    {i ? ", " : ""}
                    <Link href={`/perpetrators/${x.id}`}>{x.name}</Link>
                  </span>
                ))}
              </p>
            ) : null}
            {p.notes ? <p style={{ whiteSpace: "pre-wrap" }}>{p.notes}</p> : null}
            {p.hearings.length ? (
              <>
                <h3>{t("hearings.title")}</h3>
                <ol className="stack" data-testid="proceeding-hearings">
                  {p.hearings.map((h) => (
                    <li key={h.id}>
                      {when(h)} · {t(`hearings.statuses.${h.status}`)}
                      {h.note ? ` · ${h.note}` : ""}
                      {mayEdit ? (
                        <details className="casefile-add">
                          <summary>{t("hearings.change")}</summary>
                          <EditHearingForm hearing={{ ...h, heldOn: isoDate(h.heldOn) }} />
                        </details>
                      ) : null}
                    </li>
                  ))}
                </ol>
              </>
            ) : null}
            {mayEdit ? (
              <>
                <details className="casefile-add">
                  <summary>{t("hearings.add")}</summary>
                  <HearingForm proceedingId={p.id} today={today} />
                </details>
                <details className="casefile-add">
                  <summary>{t("edit")}</summary>
                  <EditProceedingForm
                    countries={countries}
                    links={links}
                    proceeding={{
                      id: p.id,
                      version: p.version,
                      kind: p.kind,
                      authority: p.authority,
                      authorityName: p.authorityName ?? "",
                      countryCode: p.countryCode,
                      caseNumber: p.caseNumber ?? "",
                      role: p.role,
                      lawyer: p.lawyer ?? "",
                      openedOn: blank(p.openedOn),
                      protectionAsked: p.protectionAsked,
                      protectionGranted: p.protectionGranted,
                      compensationClaimed: p.compensationClaimed ?? "",
                      compensationAwarded: p.compensationAwarded ?? "",
                      compensationCurrency: p.compensationCurrency ?? "",
                      outcome: p.outcome,
                      outcomeOn: blank(p.outcomeOn),
                      situationId: p.situationId ?? "",
                      perpetratorIds: p.perpetratorIds,
                      notes: p.notes ?? "",
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
