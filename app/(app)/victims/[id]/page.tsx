import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { z } from "zod";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { findBreakGlassCandidate, getVictimRecord } from "@/lib/victims/data";
import { BreakGlassForm } from "@/components/victims/break-glass-form";
import { ageOf } from "@/lib/victims/age";
import { countryName, formatDate, formatDateTime } from "@/lib/i18n/format";
import { Alert } from "@/components/ui/alert";
import { mayCloseVictim, mayReferVictim } from "@/lib/victims/policy";
import { mayRequestRepatriation } from "@/lib/repatriations/policy";
import { listCasesOfPerson } from "@/lib/repatriations/data";
import { listAccessLog, listCaseNotes, listConsents, listPartnerOrganisations } from "@/lib/casework/data";
import { listReferralsOfVictim } from "@/lib/referrals/data";
import { localDay } from "@/lib/time/zoned";
import { CaseworkPanel } from "@/components/casework/casework-panel";
import { ActionButton } from "@/components/ui/action-button";
import { updateSupportItemAction } from "@/lib/casework/actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { denyAccess } from "@/lib/audit/denied";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("victims"))("title") };
}

function Section({ title, rows }: { title: string; rows: [string, ReactNode][] }) {
  const shown = rows.filter(([, value]) => value !== null && value !== undefined && value !== "");
  if (shown.length === 0) return null;
  return (
    <section>
      <h2>{title}</h2>
      <dl className="card">
        {shown.map(([label, value]) => (
          <div key={label} style={{ display: "contents" }}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export default async function VictimPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const id = z.uuid().safeParse((await params).id);
  if (!id.success) return denyAccess();
  const found = await getVictimRecord(actor.scope, id.data);
  if (!found) {
    // A restricted record of one's own organisation: nothing is shown until a reason is given.
    const candidate = await findBreakGlassCandidate(actor.scope, id.data);
    if (!candidate) return denyAccess();
    const tb = await getTranslations("victims");
    return (
      <ClientMessages namespaces={["errors", "victims"]}>
        <h1>{tb("restrictedTitle")}</h1>
        <p className="notice">{tb("restrictedExplanation")}</p>
        <BreakGlassForm victimId={candidate.id} />
      </ClientMessages>
    );
  }
  const { record: v, shared, mayEdit } = found;
  const flags = await searchParams;
  const [notes, consents, referrals, accessLog, organisations, returns] = await Promise.all([
    listCaseNotes(actor.scope, v.id),
    listConsents(actor.scope, v.id),
    listReferralsOfVictim(actor.scope, v.id),
    listAccessLog(actor.scope, v.id),
    listPartnerOrganisations(actor.scope),
    listCasesOfPerson(actor.scope, v.id),
  ]);
  const today = localDay(new Date(), actor.timeZone);
  const t = await getTranslations();
  const locale = await getLocale();
  const tz = actor.timeZone;
  const date = (d: Date | null) => (d ? formatDate(d, locale, "UTC") : null);
  const list = (values: string[] | null | undefined, prefix: string) => (values?.length ? values.map((x) => t(`${prefix}.${x}`)).join(", ") : null);
  const code = (value: string | null | undefined, prefix: string) => (value ? t(`${prefix}.${value}`) : null);
  return (
    <ClientMessages namespaces={["errors", "hotline", "victims", "casework", "referrals"]}>
      <>
        <p>
          <Link href="/victims">← {t("victims.listTitle")}</Link>
        </p>
        <div className="page-header">
          <h1>
            {v.givenName} {v.patronymic} {v.familyName}
          </h1>
          {mayEdit ? (
            <Link className="btn btn-secondary" href={`/victims/${v.id}/edit`}>
              {t("victims.edit")}
            </Link>
          ) : null}
        </div>
        {flags.registered ? <Alert kind="success">{t("victims.registered", { caseNumber: flags.registered })}</Alert> : null}
        {flags.saved ? <Alert kind="success">{t("victims.saved")}</Alert> : null}
        {shared ? <p className="notice">{t("victims.sharedNotice", { organisation: v.organisation.name })}</p> : null}
        {v.status.startsWith("CLOSED") ? <p className="notice">{t("victims.closedNotice")}</p> : null}
        {v.restricted ? <p className="notice">{t("victims.restrictedNotice")}</p> : null}
        {returns.length > 0 || mayRequestRepatriation(actor.scope, v) ? (
          <section aria-labelledby="return-heading">
            <h2 id="return-heading">{t("repatriations.returnHome")}</h2>
            <ul>
              {returns.map((r) => (
                <li key={r.id}>
                  <Link href={`/repatriations/${r.id}`}>
                    {countryName(r.receivingCountry, locale)} · {t(`repatriations.statuses.${r.status}`)}
                  </Link>
                </li>
              ))}
            </ul>
            {mayRequestRepatriation(actor.scope, v) ? (
              <Link className="btn btn-secondary" href={`/repatriations/new?victim=${v.id}`}>
                {t("repatriations.requestReturn")}
              </Link>
            ) : null}
          </section>
        ) : null}
        <Section
          title={t("victims.identity")}
          rows={[
            [t("victims.caseNumber"), <span key="n" data-testid="case-number">{v.caseNumber}</span>],
            [t("victims.status"), code(v.status, "victims.statuses")],
            [t("victims.riskLevel"), code(v.riskLevel, "victims.riskLevels")],
            [t("victims.givenNameLatin"), [v.givenNameLatin, v.patronymicLatin, v.familyNameLatin].filter(Boolean).join(" ")],
            [t("victims.aliases"), v.aliases?.join(", ")],
            [t("victims.sex"), code(v.sex, "victims.sexes")],
            [t("victims.birthDate"), date(v.birthDate)],
            [t("victims.age"), ageOf({ birthDate: v.birthDate, estimatedAge: v.estimatedAge })],
            [t("victims.citizenships"), v.citizenships?.map((c) => countryName(c, locale)).join(", ")],
            [t("victims.regionOfOrigin"), v.regionOfOrigin],
            [t("victims.languages"), list(v.languages, "victims.personLanguages")],
            [t("victims.maritalStatus"), code(v.maritalStatus, "victims.maritalStatuses")],
            [t("victims.educationLevel"), code(v.educationLevel, "victims.educationLevels")],
            [t("victims.identifiedOn"), date(v.identifiedOn)],
            [t("victims.identifiedBy"), code(v.identifiedBy, "victims.identifiedByOptions")],
            [t("victims.assignedTo"), v.assignedTo?.name],
          ]}
        />
        <Section
          title={t("victims.contact")}
          rows={[
            [t("victims.phone"), v.phone],
            [t("victims.address"), v.address],
            [t("victims.trustedContact"), v.trustedContact],
          ]}
        />
        <Section
          title={t("victims.documents")}
          rows={[
            [t("victims.passportStatus"), code(v.passportStatus, "victims.passportStatuses")],
            [t("victims.documentNumber"), v.documentNumber],
            [t("victims.documentExpiry"), date(v.documentExpiry)],
            [t("victims.entryBanUntil"), date(v.entryBanUntil)],
          ]}
        />
        <Section
          title={t("victims.profile")}
          rows={[
            [t("victims.traffickingStatus"), code(v.traffickingStatus, "victims.traffickingStatuses")],
            [t("victims.traffickingStatusDecidedBy"), v.traffickingStatusDecidedBy],
            [t("victims.exploitationTypes"), list(v.exploitationTypes, "victims.exploitationTypeNames")],
            [t("victims.labourSectors"), list(v.labourSectors, "victims.labourSectorNames")],
            [t("victims.meansOfControl"), list(v.meansOfControl, "victims.meansOfControlNames")],
            [t("victims.recruitmentMethod"), code(v.recruitmentMethod, "victims.recruitmentMethods")],
            [t("victims.recruiterRelation"), v.recruiterRelation],
          ]}
        />
        {v.events?.length ? (
          <section>
            <h2>{t("victims.events")}</h2>
            <ul className="card">
              {v.events.map((e) => (
                <li key={e.id}>
                  <strong>{t(`victims.eventKinds.${e.kind}`)}</strong>: {[e.countryCode ? countryName(e.countryCode, locale) : null, e.place].filter(Boolean).join(", ")}{" "}
                  {[date(e.startedOn), date(e.endedOn)].filter(Boolean).join(" – ")}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {v.narrative ? (
          <section>
            <h2>{t("victims.narrative")}</h2>
            <p className="card" style={{ whiteSpace: "pre-wrap" }}>
              {v.narrative}
            </p>
          </section>
        ) : null}
        {v.supportItems?.length ? (
          <section>
            <h2>{t("victims.supportPlan")}</h2>
            <ul className="card">
              {v.supportItems.map((s) => (
                <li key={s.id}>
                  {t(`victims.supportAreas.${s.area}`)}: {t(`victims.supportStatuses.${s.status}`)}
                  {s.provider ? ` (${s.provider})` : ""}
                  {[s.plannedOn, s.startedOn, s.doneOn].some(Boolean) ? (
                    <span className="muted"> · {[date(s.plannedOn), date(s.startedOn), date(s.doneOn)].filter(Boolean).join(" → ")}</span>
                  ) : null}
                  {mayEdit && s.status !== "DONE" ? (
                    <>
                      {" "}
                      {s.status === "PLANNED" ? (
                        <ActionButton
                          label={t("casework.markInProgress")}
                          run={updateSupportItemAction.bind(null, { victimId: v.id, itemId: s.id }, { ...s, provider: s.provider ?? "", status: "IN_PROGRESS", startedOn: s.startedOn ?? today, doneOn: "" })}
                        />
                      ) : null}{" "}
                      <ActionButton
                        label={t("casework.markDone")}
                        run={updateSupportItemAction.bind(null, { victimId: v.id, itemId: s.id }, { ...s, provider: s.provider ?? "", status: "DONE", doneOn: today })}
                      />
                    </>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <CaseworkPanel
          data={{
            victimId: v.id,
            status: v.status,
            today,
            mayEdit,
            mayClose: mayCloseVictim(actor.scope, v),
            mayRefer: mayReferVictim(actor.scope, v),
            notes,
            consents,
            referrals,
            accessLog,
            organisations,
            ownOrganisationId: actor.current?.organisationId ?? null,
          }}
        />
        {v.hotlineCalls?.length ? (
          <section>
            <h2>{t("victims.calls")}</h2>
            <ul>
              {v.hotlineCalls.map((call) => (
                <li key={call.id}>
                  <Link href={`/hotline/${call.id}`}>{formatDateTime(call.receivedAt, locale, tz)}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </>
    </ClientMessages>
  );
}
