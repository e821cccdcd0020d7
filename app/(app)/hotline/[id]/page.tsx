import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { loadCallOr404 } from "@/lib/hotline/load-call";
import { mayChangeCall, mayLinkPersonToCall, mayOpenCaseFromCall, maySeeCallerPhone } from "@/lib/hotline/policy";
import { countryName, formatDateTime } from "@/lib/i18n/format";
import { roleHas } from "@/lib/roles/permissions";
import { listSituationChoices, listSituationsOf } from "@/lib/situations/data";
import { regionName } from "@/lib/i18n/regions";
import { AttachCallForm } from "@/components/situations/attach-call-form";
import { LinkPersonToCallForm } from "@/components/victims/link-person-to-call-form";
import { CallPerpetratorForm } from "@/components/perpetrators/call-perpetrator-form";
import { listPerpetratorsOfCall, perpetratorChoicesOf } from "@/lib/perpetrators/data";
import { maySeePerpetrators } from "@/lib/perpetrators/policy";
import { Alert } from "@/components/ui/alert";
import { UrgencyBadge } from "@/components/hotline/calls-table";
import { VoidCallForm } from "@/components/hotline/void-call-form";
import { ClientMessages } from "@/components/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("hotline"))("details") };
}

export default async function CallPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor();
  const call = await loadCallOr404(actor.scope, (await params).id);
  const flags = await searchParams;
  const t = await getTranslations();
  const locale = await getLocale();
  const tz = actor.timeZone;
  const mayLog = mayChangeCall(actor.scope, call);
  const situations = roleHas(actor.role, "situations.list")
    ? await listSituationsOf(actor.scope, { callId: call.id })
    : [];
  const writesSituations = roleHas(actor.role, "situations.write") && !call.voidedAt;
  const choices = writesSituations
    ? (await listSituationChoices(actor.scope)).filter((c) => !situations.some((s) => s.id === c.id))
    : [];
  const mayOpenCase = mayOpenCaseFromCall(actor.scope, call);
  const mayLinkPerson = mayLinkPersonToCall(actor.scope, call);
  // Perpetrators named in the call, and those of its situations that may be linked to it.
  const seesPerpetrators = maySeePerpetrators(actor.scope);
  const perpetrators = seesPerpetrators ? await listPerpetratorsOfCall(actor.scope, call.id) : [];
  const perpetratorChoices =
    seesPerpetrators && !call.voidedAt
      ? await perpetratorChoicesOf(
          actor.scope,
          situations.map((s) => s.id),
        )
      : [];
  const none = t("hotline.notRecorded");
  const country = (code: string | null) => (code ? countryName(code, locale) : none);
  const rows: [string, React.ReactNode][] = [
    [t("hotline.receivedAt"), formatDateTime(call.receivedAt, locale, tz)],
    [t("hotline.callType"), t(`hotline.callTypes.${call.callType}`)],
    [
      t("hotline.status"),
      call.voidedAt
        ? `${t("hotline.voided")}: ${call.voidReason}`
        : call.status === "INCOMPLETE"
          ? t("hotline.incomplete")
          : t("hotline.complete"),
    ],
    [
      t("hotline.duration"),
      call.durationSeconds !== null
        ? t("hotline.minutes", { minutes: Math.round(call.durationSeconds / 6) / 10 })
        : none,
    ],
    [t("hotline.channel"), t(`hotline.channels.${call.channel}`)],
    [t("hotline.language"), call.language ? t(`hotline.languages.${call.language}`) : none],
    [t("hotline.operator"), call.operator.name],
    [
      t("hotline.callerPhone"),
      call.callerPhone ?? (maySeeCallerPhone(actor.scope, call) ? t("hotline.noPhone") : t("hotline.phoneHidden")),
    ],
    [
      t("hotline.callerRelationship"),
      call.callerRelationship ? t(`hotline.relationships.${call.callerRelationship}`) : none,
    ],
    [t("hotline.callerCountry"), country(call.callerCountry)],
    [
      t("hotline.callerRegion"),
      call.callerRegion ? (regionName(call.callerRegion, locale) ?? call.callerRegion) : none,
    ],
    [t("hotline.callerPlace"), call.callerPlace ?? none],
    [t("hotline.callbackConsent"), call.callbackConsent ? t("hotline.yes") : t("hotline.no")],
    [t("hotline.personSex"), call.personSex ? t(`victims.sexes.${call.personSex}`) : none],
    [t("hotline.personAgeGroup"), call.personAgeGroup ? t(`hotline.ageGroups.${call.personAgeGroup}`) : none],
    [t("hotline.personCitizenship"), country(call.personCitizenship)],
    [t("hotline.personCountryNow"), country(call.personCountryNow)],
    [t("hotline.topics"), call.topics.map((topic) => t(`hotline.topicNames.${topic}`)).join(", ") || none],
    [
      t("hotline.urgency"),
      call.urgency ? <UrgencyBadge urgency={call.urgency} label={t(`hotline.urgencies.${call.urgency}`)} /> : none,
    ],
    [t("hotline.actions"), call.actions.map((a) => t(`hotline.actionNames.${a}`)).join(", ") || none],
    ...(call.authorityReportBasis
      ? ([
          [
            t("hotline.reportBasis"),
            [
              t(`hotline.reportBases.${call.authorityReportBasis}`),
              call.authorityReportDecidedBy
                ? t("hotline.reportDecidedBy", { name: call.authorityReportDecidedBy.name })
                : null,
              call.reportReason,
            ]
              .filter(Boolean)
              .join(" · "),
          ],
        ] as [string, React.ReactNode][])
      : []),
    [t("hotline.callbackDueAt"), call.callbackDueAt ? formatDateTime(call.callbackDueAt, locale, tz) : none],
  ];
  return (
    <ClientMessages namespaces={["errors", "hotline", "situations", "common"]}>
      <>
        <p>
          <Link href="/hotline">← {t("hotline.title")}</Link>
        </p>
        <div className="page-header">
          <h1>{t("hotline.details")}</h1>
          {mayLog ? (
            <div style={{ display: "flex", gap: ".75rem", flexWrap: "wrap" }}>
              <Link className="btn btn-secondary" href={`/hotline/${call.id}/edit`}>
                {t("hotline.edit")}
              </Link>
              {call.callbackDueAt && !call.callbackCompletedAt ? (
                <Link className="btn btn-secondary" href={`/hotline/new?followUp=${call.id}`}>
                  {t("hotline.recordCallback")}
                </Link>
              ) : null}
            </div>
          ) : null}
        </div>
        {flags.case ? <Alert kind="success">{t("hotline.caseOpened", { caseNumber: flags.case })}</Alert> : null}
        {/^\d{1,2}$/.test(flags.registered ?? "") ? (
          <Alert kind="success">{t("hotline.groupRegistered", { count: Number(flags.registered) })}</Alert>
        ) : null}
        {flags.updated ? <Alert kind="success">{t("hotline.updated")}</Alert> : null}
        <dl className="card">
          {rows.map(([label, value]) => (
            <div key={label} style={{ display: "contents" }}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        <section aria-labelledby="call-people-heading">
          <h2 id="call-people-heading">{t("hotline.people")}</h2>
          {call.people.length ? (
            <ul className="card" data-testid="call-people">
              {call.people.map((person) => (
                <li key={person.caseNumber}>
                  {person.id ? <Link href={`/victims/${person.id}`}>{person.caseNumber}</Link> : person.caseNumber}
                  {person.restricted ? ` · ${t("hotline.personRestricted")}` : null}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t("hotline.noPeople")}</p>
          )}
          {call.peopleCount > call.people.length ? (
            <p className="muted">{t("hotline.peopleNotShown", { count: call.peopleCount - call.people.length })}</p>
          ) : null}
          {mayOpenCase ? (
            <div style={{ display: "flex", gap: ".75rem", flexWrap: "wrap" }}>
              <Link className="btn" href={`/hotline/${call.id}/open-case`}>
                {t("hotline.openCase")}
              </Link>
              <Link className="btn btn-secondary" href={`/hotline/${call.id}/register-group`}>
                {t("hotline.groupOpen")}
              </Link>
            </div>
          ) : null}
          {mayLinkPerson ? <LinkPersonToCallForm callId={call.id} /> : null}
        </section>
        {situations.length || writesSituations ? (
          <section aria-labelledby="call-situations-heading">
            <h2 id="call-situations-heading">{t("situations.title")}</h2>
            {situations.length ? (
              <ul className="card" data-testid="call-situations">
                {situations.map((s) => (
                  <li key={s.id}>
                    <Link href={`/situations/${s.id}`}>{s.reference}</Link> · {t(`situations.statuses.${s.status}`)}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t("situations.callInNone")}</p>
            )}
            {writesSituations ? (
              <>
                {choices.length ? (
                  <AttachCallForm
                    callId={call.id}
                    situations={choices.map((c) => ({
                      id: c.id,
                      label: [
                        c.reference,
                        countryName(c.countryCode, locale),
                        c.regionCode ? (regionName(c.regionCode, locale) ?? c.regionCode) : null,
                      ]
                        .filter(Boolean)
                        .join(" · "),
                    }))}
                  />
                ) : null}
                <p>
                  <Link className="btn btn-secondary" href={`/situations/new?call=${call.id}`}>
                    {t("situations.recordFromCall")}
                  </Link>
                </p>
              </>
            ) : null}
          </section>
        ) : null}
        {perpetrators.length || perpetratorChoices.length ? (
          <section aria-labelledby="call-perpetrators-heading">
            <h2 id="call-perpetrators-heading">{t("hotline.perpetrators")}</h2>
            {perpetrators.length ? (
              <ul className="card" data-testid="call-perpetrators">
                {perpetrators.map((p) => (
                  <li key={p.id}>
                    <Link href={`/perpetrators/${p.id}`}>{p.name}</Link>
                    {p.role ? ` · ${t(`situations.roles.${p.role}`)}` : ""}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">{t("hotline.noPerpetrators")}</p>
            )}
            {perpetratorChoices.length ? <CallPerpetratorForm callId={call.id} choices={perpetratorChoices} /> : null}
          </section>
        ) : null}
        <h2>{t("hotline.summary")}</h2>
        {/* Rendered as text: any HTML typed into a summary stays inert. */}
        <p className="card" style={{ whiteSpace: "pre-wrap" }} data-testid="call-summary">
          {call.summary ?? none}
        </p>
        {call.followUpOfId ? (
          <p>
            <Link href={`/hotline/${call.followUpOfId}`}>{t("hotline.followUpOfEarlier")}</Link>
          </p>
        ) : null}
        {call.followUps.length ? (
          <>
            <h2>{t("hotline.followUps")}</h2>
            <ul>
              {call.followUps.map((f) => (
                <li key={f.id}>
                  <Link href={`/hotline/${f.id}`}>{formatDateTime(f.receivedAt, locale, tz)}</Link>
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {mayLog ? (
          <>
            <h2>{t("hotline.void")}</h2>
            <VoidCallForm callId={call.id} version={call.version} />
          </>
        ) : null}
      </>
    </ClientMessages>
  );
}
