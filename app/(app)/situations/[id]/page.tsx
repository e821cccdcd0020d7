import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { denyAccess } from "@/lib/auth/denied";
import { parseRouteId } from "@/lib/http/route-id";
import { roleHas } from "@/lib/roles/permissions";
import { countryName, formatDate, formatDateTime } from "@/lib/i18n/format";
import { regionName } from "@/lib/i18n/regions";
import { getSituation } from "@/lib/situations/data";
import { SituationNoteForm } from "@/components/situations/situation-note-form";
import { LinkPersonForm } from "@/components/situations/link-person-form";
import { PerpetratorForm } from "@/components/situations/perpetrator-form";
import { listPerpetratorsOfSituation } from "@/lib/perpetrators/data";
import { maySeePerpetrators } from "@/lib/perpetrators/policy";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("situations"))("details") };
}

export default async function SituationPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("situations.list");
  const id = parseRouteId((await params).id);
  if (!id) return denyAccess();
  const situation = await getSituation(actor.scope, id);
  if (!situation) return denyAccess();
  // The recruiters and employers of the situation, among the records the viewer may see.
  const perpetrators = maySeePerpetrators(actor.scope)
    ? await listPerpetratorsOfSituation(actor.scope, situation.id)
    : null;
  const t = await getTranslations();
  const locale = await getLocale();
  const tz = actor.timeZone;
  const none = t("hotline.notRecorded");
  const day = (value: Date | null) => (value ? formatDate(value, locale, "UTC") : none);
  const rows: [string, React.ReactNode][] = [
    [t("situations.status"), t(`situations.statuses.${situation.status}`)],
    [
      t("situations.where"),
      [
        countryName(situation.countryCode, locale),
        situation.regionCode ? (regionName(situation.regionCode, locale) ?? situation.regionCode) : null,
        situation.place,
      ]
        .filter(Boolean)
        .join(" · "),
    ],
    [
      t("victims.exploitationTypes"),
      situation.exploitationTypes.map((e) => t(`victims.exploitationTypeNames.${e}`)).join(", ") || none,
    ],
    [
      t("victims.labourSectors"),
      situation.labourSectors.map((s) => t(`victims.labourSectorNames.${s}`)).join(", ") || none,
    ],
    [t("situations.startedOn"), day(situation.startedOn)],
    [t("situations.endedOn"), day(situation.endedOn)],
    [t("situations.peopleEstimated"), situation.peopleEstimated ?? none],
    [t("situations.inCharge"), situation.assignedTo?.name ?? none],
    [t("situations.summary"), situation.summary ?? none],
  ];
  return (
    <ClientMessages namespaces={["errors", "situations", "common", "hotline"]}>
      <>
        <div className="page-header">
          <h1>{t("situations.heading", { reference: situation.reference })}</h1>
        </div>
        <dl className="card" data-testid="situation-details">
          {rows.map(([label, value]) => (
            <div key={label} style={{ display: "contents" }}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>

        <section aria-labelledby="situation-figures">
          <h2 id="situation-figures">{t("situations.figures")}</h2>
          <ul className="card" data-testid="situation-figures">
            <li>{t("situations.identified", { count: situation.figures.identified })}</li>
            <li>{t("situations.inShelter", { count: situation.figures.inShelter })}</li>
            <li>{t("situations.returnedHome", { count: situation.figures.returnedHome })}</li>
          </ul>
        </section>

        <section aria-labelledby="situation-people">
          <h2 id="situation-people">{t("situations.people")}</h2>
          {roleHas(actor.role, "situations.write") ? <LinkPersonForm situationId={situation.id} /> : null}
          {situation.people.length === 0 ? (
            <p className="muted">{t("situations.noPeople")}</p>
          ) : (
            <ul data-testid="situation-people">
              {situation.people.map((p, index) =>
                p.shown === "person" ? (
                  <li key={p.id}>
                    <Link href={`/victims/${p.id}`}>{p.caseNumber}</Link> {p.givenName} {p.familyName}
                  </li>
                ) : p.shown === "restricted" ? (
                  <li key={`restricted-${p.caseNumber}`}>
                    {t("people.restricted")} · {p.caseNumber}
                  </li>
                ) : (
                  <li key={`hidden-${index}`} className="muted">
                    {t("situations.personNotYours")}
                  </li>
                ),
              )}
            </ul>
          )}
        </section>

        {perpetrators ? (
          <section aria-labelledby="situation-perpetrators">
            <h2 id="situation-perpetrators">{t("situations.perpetrators")}</h2>
            {perpetrators.length === 0 ? (
              <p className="muted">{t("situations.noPerpetrators")}</p>
            ) : (
              <ul className="card" data-testid="situation-perpetrator-list">
                {perpetrators.map((p) => (
                  <li key={p.id}>
                    <Link href={`/perpetrators/${p.id}`}>{p.name}</Link> ·{" "}
                    {(p.role ? [p.role] : p.roles).map((r) => t(`situations.roles.${r}`)).join(", ")}
                  </li>
                ))}
              </ul>
            )}
            {roleHas(actor.role, "perpetrators.write") ? (
              <details>
                <summary>{t("situations.recordPerpetrator")}</summary>
                <PerpetratorForm situationId={situation.id} />
              </details>
            ) : null}
          </section>
        ) : null}

        <section aria-labelledby="situation-calls">
          <h2 id="situation-calls">{t("situations.calls")}</h2>
          {roleHas(actor.role, "hotline.calls.read") ? (
            situation.calls.length === 0 ? (
              <p className="muted">{t("situations.noCalls")}</p>
            ) : (
              <ul data-testid="situation-calls">
                {situation.calls.map((c) => (
                  <li key={c.id}>
                    <Link href={`/hotline/${c.id}`}>{formatDateTime(c.receivedAt, locale, tz)}</Link>
                  </li>
                ))}
              </ul>
            )
          ) : (
            <p className="muted">{t("situations.callsLinked", { count: situation.callsLinked })}</p>
          )}
        </section>

        <section aria-labelledby="situation-notes">
          <h2 id="situation-notes">{t("situations.notes")}</h2>
          {roleHas(actor.role, "situations.write") ? <SituationNoteForm situationId={situation.id} /> : null}
          {situation.notes.length === 0 ? (
            <p className="muted">{t("situations.noNotes")}</p>
          ) : (
            <ol className="card" data-testid="situation-notes">
              {situation.notes.map((n) => (
                <li key={n.id}>
                  <p className="muted">
                    {formatDateTime(n.createdAt, locale, tz)} · {n.author.name}
                  </p>
                  <p>{n.body}</p>
                </li>
              ))}
            </ol>
          )}
        </section>
      </>
    </ClientMessages>
  );
}
