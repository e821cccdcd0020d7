// The person's shelter record on the case file: stays in the organisation's own shelters, then the
// organisation's placement requests for the person. Instants (admission, discharge, a request sent,
// a hold's end) in the organisation's zone; planned discharge is a calendar day (UTC).
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { Facts } from "./facts";

export async function ShelterRecord(props: {
  stays: {
    id: string;
    shelterName: string;
    shelterCity: string;
    admittedAt: Date;
    plannedDischargeOn: Date | null;
    dischargedAt: Date | null;
    exitDestination: string | null;
  }[];
  requests: {
    id: string;
    status: string;
    shelterName: string;
    shelterCity: string;
    organisationName: string;
    holdUntil: Date | null;
    createdAt: Date;
    stayEnded: boolean;
  }[];
  timeZone: string;
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  return (
    <>
      {props.stays.length ? (
        <>
          <h3>{t("casefile.shelter.stays")}</h3>
          <ul className="card" data-testid="shelter-stays">
            {props.stays.map((s) => (
              <li key={s.id}>
                <strong>{s.shelterName}</strong>, {s.shelterCity}
                {s.dischargedAt ? null : <span className="muted"> · {t("casefile.shelter.current")}</span>}
                <Facts
                  rows={[
                    [t("shelters.admittedAt"), formatDate(s.admittedAt, locale, props.timeZone)],
                    [
                      t("shelters.plannedDischarge"),
                      s.plannedDischargeOn && !s.dischargedAt ? formatDate(s.plannedDischargeOn, locale, "UTC") : null,
                    ],
                    [
                      t("shelters.dischargedAt"),
                      s.dischargedAt ? formatDate(s.dischargedAt, locale, props.timeZone) : null,
                    ],
                    [
                      t("shelters.exitDestination"),
                      s.exitDestination ? t(`shelters.exitDestinations.${s.exitDestination}`) : null,
                    ],
                  ]}
                />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {props.requests.length ? (
        <>
          <h3>{t("casefile.shelter.requests")}</h3>
          <ul className="card" data-testid="shelter-requests">
            {props.requests.map((r) => (
              <li key={r.id}>
                {r.shelterName}, {r.shelterCity} · {r.organisationName} · {t(`shelters.requestStatuses.${r.status}`)}
                {r.status === "ADMITTED" && r.stayEnded ? ` (${t("casefile.shelter.stayEnded")})` : ""}
                {r.status === "ACCEPTED" && r.holdUntil
                  ? ` · ${t("shelters.heldUntil", { date: formatDateTime(r.holdUntil, locale, props.timeZone) })}`
                  : ""}
                <div className="muted">
                  {t("casefile.shelter.sentOn", { date: formatDateTime(r.createdAt, locale, props.timeZone) })}
                </div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
