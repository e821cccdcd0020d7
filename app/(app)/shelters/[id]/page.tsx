import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { roleHas } from "@/lib/roles/permissions";
import {
  getOccupancySeries,
  getShelterBoard,
  listAdmissionCandidates,
  listShelterStaffCandidates,
} from "@/lib/shelters/data";
import { mayRunShelter } from "@/lib/shelters/policy";
import { countryName, formatDate } from "@/lib/i18n/format";
import { localDay } from "@/lib/time/zoned";
import { AdmitForm } from "@/components/shelters/admit-form";
import { AssignStaffForm } from "@/components/shelters/assign-staff-form";
import { DischargeForm } from "@/components/shelters/discharge-form";
import { IncidentForm } from "@/components/shelters/incident-form";
import { MoveForm } from "@/components/shelters/move-form";
import { ServiceForm } from "@/components/shelters/service-form";
import { ResidentActions } from "@/components/shelters/resident-actions";
import { OccupancyChart } from "@/components/shelters/occupancy-chart";
import { UnassignStaffButton } from "@/components/shelters/unassign-staff-button";
import { ShelterActiveButton } from "@/components/shelters/shelter-active-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { denyAccess } from "@/lib/auth/denied";
import { parseRouteId } from "@/lib/http/route-id";
import { listStayAttachments } from "@/lib/attachments/data";
import { PersonFiles } from "@/components/attachments/person-files";
import { UploadForm } from "@/components/attachments/upload-form";
import { Alert } from "@/components/ui/alert";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("shelters"))("board") };
}

/** The bed board: works on a phone (cards, no wide tables). */
export default async function ShelterBoardPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("shelters.residents.read");
  const id = parseRouteId((await params).id);
  if (!id) return denyAccess();
  const board = await getShelterBoard(actor.scope, id);
  if (!board) return denyAccess();
  const { shelter, counts, residents } = board;
  const t = await getTranslations();
  const locale = await getLocale();
  const today = localDay(new Date(), actor.timeZone);
  const runs = mayRunShelter(actor.scope);
  // The files on the residents' stays, each through its person's rule (shelter staff: their own
  // organisation's files on stays, lib/attachments/policy.ts).
  const [candidates, staffCandidates, occupancy, stayFiles] = await Promise.all([
    runs ? listAdmissionCandidates(actor.scope, shelter.id) : [],
    roleHas(actor.role, "shelters.manage") ? listShelterStaffCandidates(actor.scope) : [],
    getOccupancySeries(actor.scope, shelter.id),
    listStayAttachments(
      actor.scope,
      residents.map((r) => r.stayId),
    ),
  ]);
  const { file: outcomeWord, stay: shownStay } = await searchParams;
  const fileOutcome = ["added", "tooLarge", "type", "empty", "failed"].find((w) => w === outcomeWord);
  const returnTo = `/shelters/${shelter.id}`;
  const taken = new Set(residents.map((r) => r.bedId).filter(Boolean));
  const beds = shelter.beds.map((b) => ({ ...b, taken: taken.has(b.id) }));
  const bedName = (bedId: string | null) => {
    const bed = shelter.beds.find((b) => b.id === bedId);
    return bed ? `${bed.room ? `${bed.room}: ` : ""}${bed.label}` : t("shelters.noBed");
  };
  return (
    <ClientMessages
      namespaces={["errors", "hotline", "casework", "referrals", "shelters", "orgs", "attachments", "common"]}
    >
      <>
        <p>
          <Link href="/shelters">← {t("shelters.title")}</Link>
        </p>
        <h1>{shelter.name}</h1>
        {shelter.active ? null : <p className="notice">{t("shelters.closedNotice")}</p>}
        <p className="muted">
          {shelter.city}, {countryName(shelter.countryCode, locale)} · {t(`shelters.populations.${shelter.population}`)}
          {shelter.address ? ` · ${shelter.address}` : ""}
          {shelter.phone ? ` · ${shelter.phone}` : ""}
        </p>
        <div className="bed-counts" data-testid="bed-counts">
          {(["capacity", "occupied", "held", "free"] as const).map((key) => (
            <div key={key} className="card" data-count={key}>
              <div className="muted">{t(`shelters.counts.${key}`)}</div>
              <strong>{counts[key]}</strong>
            </div>
          ))}
        </div>
        <h2 id="files">{t("shelters.residents")}</h2>
        {fileOutcome ? (
          <Alert kind={fileOutcome === "added" ? "success" : "error"}>{t(`attachments.outcome.${fileOutcome}`)}</Alert>
        ) : null}
        {residents.length === 0 ? <p className="muted">{t("shelters.noResidents")}</p> : null}
        <div className="cards" data-testid="residents">
          {residents.map((r) => (
            <div key={r.stayId} id={`stay-${r.stayId}`} className="card" data-resident={r.name ?? r.person}>
              {r.person === "person" ? (
                <strong>{r.name}</strong>
              ) : (
                <strong className="muted">
                  {r.person === "restricted" ? `${t("people.restricted")} · ${r.caseNumber}` : t("people.notShared")}
                </strong>
              )}{" "}
              {r.age !== null ? `· ${r.age}` : ""}
              {r.leavingThisWeek ? <span className="badge badge-urgent"> {t("shelters.leavingThisWeek")}</span> : null}
              <div className="muted">
                {bedName(r.bedId)} · {t("shelters.since", { date: formatDate(r.admittedAt, locale, actor.timeZone) })}
                {r.plannedDischargeOn
                  ? ` · ${t("shelters.until", { date: formatDate(r.plannedDischargeOn, locale, "UTC") })}`
                  : ""}
              </div>
              {r.languages.length ? (
                <div>{r.languages.map((l) => t(`victims.personLanguages.${l}`)).join(", ")}</div>
              ) : null}
              {r.needs.length ? (
                <div>
                  {t("shelters.needs")}: {r.needs.map((n) => t(`victims.supportAreas.${n}`)).join(", ")}
                </div>
              ) : null}
              {r.healthNotes ? (
                <div>
                  {t("shelters.healthNotes")}: {r.healthNotes}
                </div>
              ) : null}
              {r.services.length ? (
                <div data-testid="services">
                  {t("shelters.servicesGiven")}:{" "}
                  {r.services
                    .map((s) => `${t(`shelters.serviceKinds.${s.kind}`)} (${formatDate(s.providedOn, locale, "UTC")})`)
                    .join(", ")}
                </div>
              ) : null}
              {r.victimId ? <Link href={`/victims/${r.victimId}`}>{r.caseNumber}</Link> : null}
              {stayFiles.some((f) => f.parentId === r.stayId) ? (
                <div className="stack" data-testid="stay-files">
                  <h3>{t("attachments.stayFiles")}</h3>
                  <PersonFiles
                    files={stayFiles.filter((f) => f.parentId === r.stayId)}
                    labelOf={null}
                    timeZone={actor.timeZone}
                    returnTo={returnTo}
                    testId="stay-file-list"
                  />
                </div>
              ) : null}
              {runs ? (
                <ResidentActions
                  label={t("shelters.actions")}
                  showLabel={t("shelters.showActions")}
                  href={`${returnTo}?stay=${r.stayId}#stay-${r.stayId}`}
                >
                  {shownStay === r.stayId ? (
                    <>
                      <ServiceForm stayId={r.stayId} version={r.version} today={today} />
                      <IncidentForm stayId={r.stayId} version={r.version} today={today} />
                      {beds.length ? <MoveForm stayId={r.stayId} version={r.version} beds={beds} /> : null}
                      <DischargeForm stayId={r.stayId} version={r.version} today={today} />
                      {r.person === "person" ? (
                        <>
                          <h3>{t("attachments.attachToStay")}</h3>
                          <UploadForm
                            targets={[
                              { value: `SHELTER_STAY:${r.stayId}`, label: t("attachments.parents.SHELTER_STAY") },
                            ]}
                            returnTo={returnTo}
                            testId={`upload-stay-file-${r.stayId}`}
                          />
                        </>
                      ) : null}
                    </>
                  ) : null}
                </ResidentActions>
              ) : null}
            </div>
          ))}
        </div>
        {runs ? (
          <section>
            <h2>{t("shelters.admit")}</h2>
            <AdmitForm shelterId={shelter.id} today={today} beds={beds} candidates={candidates} />
          </section>
        ) : null}
        {occupancy ? (
          <section>
            <h2>{t("shelters.occupancy")}</h2>
            <OccupancyChart series={occupancy} locale={locale} />
          </section>
        ) : null}
        {roleHas(actor.role, "shelters.manage") ? (
          <section>
            <h2>{t("shelters.staff")}</h2>
            {shelter.staff.length === 0 ? (
              <p>{t("shelters.noStaff")}</p>
            ) : (
              <ul className="stack" data-testid="shelter-staff">
                {shelter.staff.map((s) => (
                  <li key={s.user.id}>
                    {s.user.name} <UnassignStaffButton shelterId={shelter.id} userId={s.user.id} name={s.user.name} />
                  </li>
                ))}
              </ul>
            )}
            <AssignStaffForm shelterId={shelter.id} staff={staffCandidates} />
            <h2>{shelter.active ? t("shelters.close") : t("shelters.reopen")}</h2>
            <p className="muted">{t("shelters.closeHint")}</p>
            <ShelterActiveButton shelterId={shelter.id} active={shelter.active} />
          </section>
        ) : null}
      </>
    </ClientMessages>
  );
}
