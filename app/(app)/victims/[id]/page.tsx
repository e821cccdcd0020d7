import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { regionName } from "@/lib/i18n/regions";
import { requireActor } from "@/lib/auth/actor";
import { loadCaseFile } from "@/lib/casefile/person";
import { BreakGlassForm } from "@/components/victims/break-glass-form";
import { ageOf } from "@/lib/victims/age";
import { countryName, formatDate, formatDateTime } from "@/lib/i18n/format";
import { Alert } from "@/components/ui/alert";
import { localDay } from "@/lib/time/zoned";
import { ActionButton } from "@/components/ui/action-button";
import { reopenCaseAction, updateSupportItemAction } from "@/lib/casework/actions";
import { CaseNoteForm, CloseCaseForm, ConsentForm, SupportItemForm } from "@/components/casework/casework-forms";
import { AuthorityReportForm } from "@/components/casework/authority-report-form";
import { PersonPerpetratorForm } from "@/components/casework/person-perpetrator-form";
import { AddDocumentForm } from "@/components/documents/document-forms";
import { PersonDocuments } from "@/components/documents/person-documents";
import { LegalStatuses } from "@/components/documents/legal-statuses";
import { AddProceedingForm } from "@/components/proceedings/proceeding-forms";
import { PersonProceedings } from "@/components/proceedings/person-proceedings";
import { PersonFiles } from "@/components/attachments/person-files";
import { UploadForm } from "@/components/attachments/upload-form";
import type { AttachmentView } from "@/lib/attachments/types";
import { LabourClaims } from "@/components/labour-claims/labour-claims";
import { AddLabourClaimForm } from "@/components/labour-claims/claim-form";
import { claimCurrencyOf } from "@/lib/labour-claims/codes";
import { countryChoices, regionalCountryChoices } from "@/lib/i18n/countries";
import { organisationCountry } from "@/lib/orgs/countries";
import { ReferralForm } from "@/components/referrals/referral-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { denyAccess } from "@/lib/auth/denied";
import { SummaryHeader, type CaseFlag } from "@/components/casefile/summary-header";
import { Outline } from "@/components/casefile/outline";
import { CaseSection } from "@/components/casefile/case-section";
import { ConsentChecklist } from "@/components/casefile/consent-checklist";
import { RequestConsents } from "@/components/casefile/request-consents";
import { ConsentList } from "@/components/casefile/consent-list";
import { ReferralList } from "@/components/casefile/referral-list";
import { Facts } from "@/components/casefile/facts";
import { ShelterRecord } from "@/components/casefile/shelter-record";
import { parseRouteId } from "@/lib/http/route-id";
import { roleHas } from "@/lib/roles/permissions";
import { isLocale } from "@/lib/i18n/locales";
import { TableWrap } from "@/components/ui/table-wrap";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("victims"))("title") };
}

/** The folded forms a link may ask to open (`?add=consent`): a fixed list, never personal data. */
const OPENABLE = ["timeline", "consent", "support", "referral"] as const;

/**
 * A person's case file: a summary header, an outline of anchor links, and one section per part of
 * the work, each with its list, what to do first when it is empty, and its form folded beside it.
 * Everything shown, and every yes/no answer, comes from loadCaseFile (lib/victims/case-file.ts),
 * whose reads the visibility rule already limits, so a section whose data is null is left out
 * rather than shown empty.
 */
export default async function VictimPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor();
  const id = parseRouteId((await params).id);
  if (!id) return denyAccess();
  const file = await loadCaseFile(actor.scope, id);
  if (!file) return denyAccess();
  if (file.kind === "restricted") {
    // A restricted record of one's own organisation: nothing is shown until a reason is given.
    const tb = await getTranslations("victims");
    return (
      <ClientMessages namespaces={["errors", "victims"]}>
        <h1>{tb("restrictedTitle")}</h1>
        <p className="notice">{tb("restrictedExplanation")}</p>
        <BreakGlassForm victimId={file.victimId} />
      </ClientMessages>
    );
  }
  const {
    record: v,
    shared,
    notes,
    consents,
    referrals,
    accessLog,
    organisations,
    counterpartChoices,
    returns,
    shelterRecord,
    proceedings,
    situations,
    authorityReports,
    perpetrators,
    perpetratorChoices,
    documents,
    legalStatuses,
    attachments,
    labourClaims,
    claimChoices,
    claimFiles,
    ownRecord,
    closed,
    may,
  } = file;
  const { openReturns, draftConsents, sharingWith, consentMissing, inShelter, shelterUnderWay, shelterEntries } = file;
  const mayEdit = may.edit;
  const query = await searchParams;
  const open = OPENABLE.find((key) => key === query.add);
  const timeZone = actor.timeZone;
  const today = localDay(new Date(), timeZone);
  const t = await getTranslations();
  const locale = await getLocale();
  const date = (d: Date | null) => (d ? formatDate(d, locale, "UTC") : null);
  const list = (values: string[] | null | undefined, prefix: string) =>
    values?.length ? values.map((x) => t(`${prefix}.${x}`)).join(", ") : null;
  const code = (value: string | null | undefined, prefix: string) => (value ? t(`${prefix}.${value}`) : null);
  const orgName = (orgId: string | null) => organisations.find((o) => o.id === orgId)?.name ?? "";

  const mayRefer = may.refer;
  const mayRequest = may.requestRepatriation;
  const mayClose = may.close;
  // A data-subject request (export, legal hold, erasure): the own organisation's coordinator.
  const maySubjectRequest = ownRecord && roleHas(actor.scope.role, "cases.subjectRequest");
  // Who can act where the viewer cannot: own organisation's coordinator, or the owner of a shared record.
  const byOwner = shared ? t("casefile.whoCan.owner", { organisation: v.organisation.name }) : null;
  const byCoordinator = (key: string) =>
    shared ? byOwner : ownRecord && !may.referAsRole ? t(`casefile.whoCan.${key}`) : null;
  const recordIt = mayEdit ? `/victims/${v.id}?add=consent#consent` : null;
  const checklistLabels = {
    recordLabel: t("casefile.consents.recordIt"),
    givenLabel: t("casefile.consents.given"),
    missingLabel: t("casefile.consents.missing"),
  };

  const flags: CaseFlag[] = [
    ...(v.restricted ? [{ key: "restricted", label: t("casefile.flags.restricted"), tone: "info" as const }] : []),
    ...(shared
      ? [
          {
            key: "shared",
            label: t("casefile.flags.shared", { organisation: v.organisation.name }),
            tone: "info" as const,
          },
        ]
      : []),
    ...(closed ? [{ key: "closed", label: t("casefile.flags.closed"), tone: "info" as const }] : []),
    ...(inShelter ? [{ key: "shelter", label: t("casefile.flags.shelter"), tone: "info" as const }] : []),
    ...(openReturns.length ? [{ key: "return", label: t("casefile.flags.returnOpen"), tone: "info" as const }] : []),
    ...(consentMissing ? [{ key: "consent", label: t("casefile.flags.consentMissing"), tone: "alert" as const }] : []),
  ];
  const latinName = [v.givenNameLatin, v.patronymicLatin, v.familyNameLatin].filter(Boolean).join(" ");
  const showsDocuments = [
    v.passportStatus,
    v.documentNumber,
    v.documentExpiry,
    v.entryBanUntil,
    v.traffickingStatus,
  ].some((x) => x !== null && x !== undefined);

  // What a case may be linked to: the organisation's situations the person is in and the
  // perpetrator records linked to the person, as the viewer sees them (none for a partner).
  const proceedingLinks = {
    situations: ownRecord ? situations.map((s) => ({ id: s.id, reference: s.reference })) : [],
    perpetrators: ownRecord ? perpetrators.map((p) => ({ id: p.id, name: p.name })) : [],
  };

  const outline = [
    { id: "overview", label: t("casefile.sections.overview") },
    ...(notes ? [{ id: "timeline", label: t("casework.timeline"), count: notes.length }] : []),
    ...(consents ? [{ id: "consent", label: t("casework.consent"), count: consents.length }] : []),
    { id: "support", label: t("victims.supportPlan"), count: v.supportItems?.length ?? 0 },
    { id: "referrals", label: t("referrals.title"), count: referrals.length },
    ...(situations.length ? [{ id: "situations", label: t("situations.title"), count: situations.length }] : []),
    ...(may.seeShelter ? [{ id: "shelter", label: t("casefile.sections.shelter"), count: shelterEntries }] : []),
    ...(may.seeReturns ? [{ id: "return", label: t("repatriations.returnHome"), count: returns.length }] : []),
    { id: "documents", label: t("casefile.sections.documents"), ...(documents ? { count: documents.length } : {}) },
    ...(proceedings ? [{ id: "proceedings", label: t("proceedings.title"), count: proceedings.length }] : []),
    ...(attachments ? [{ id: "files", label: t("attachments.title"), count: attachments.length }] : []),
    ...(labourClaims ? [{ id: "labour-claims", label: t("labourClaims.title"), count: labourClaims.length }] : []),
    ...(mayClose || accessLog ? [{ id: "record", label: t("casefile.sections.record") }] : []),
  ];

  // What a file can be attached to here, and how the list names what each file is attached to.
  const documentLabel = (d: { type: string; number: string | null }) =>
    [t(`documents.types.${d.type}`), d.number].filter(Boolean).join(" ");
  const consentLabel = (c: { kind: string; givenOn: Date }) =>
    `${t(`casework.consentKinds.${c.kind}`)}, ${date(c.givenOn)}`;
  const proceedingLabel = (p: { kind: string; caseNumber: string | null; countryCode: string }) =>
    [t(`proceedings.kinds.${p.kind}`), p.caseNumber, countryName(p.countryCode, locale)].filter(Boolean).join(", ");
  const claimLabel = (c: { employer: { name: string | null }; countryCode: string }) =>
    [c.employer.name, countryName(c.countryCode, locale)].filter(Boolean).join(", ");
  const fileParentLabel = (f: AttachmentView) => {
    const document = f.parentType === "DOCUMENT" ? documents?.find((d) => d.id === f.parentId) : undefined;
    const consent = f.parentType === "CONSENT" ? consents?.find((c) => c.id === f.parentId) : undefined;
    const proceeding = f.parentType === "PROCEEDING" ? proceedings?.find((p) => p.id === f.parentId) : undefined;
    const claim = f.parentType === "LABOUR_CLAIM" ? labourClaims?.find((c) => c.id === f.parentId) : undefined;
    const label = document
      ? documentLabel(document)
      : consent
        ? consentLabel(consent)
        : proceeding
          ? proceedingLabel(proceeding)
          : claim
            ? claimLabel(claim)
            : "none";
    return t(`attachments.parents.${f.parentType}`, { label });
  };
  const fileTargets = [
    { value: `VICTIM:${v.id}`, label: t("attachments.parents.VICTIM", { label: "" }) },
    ...(consents ?? [])
      .filter((c) => !c.withdrawnOn)
      .map((c) => ({ value: `CONSENT:${c.id}`, label: t("attachments.parents.CONSENT", { label: consentLabel(c) }) })),
    ...(documents ?? []).map((d) => ({
      value: `DOCUMENT:${d.id}`,
      label: t("attachments.parents.DOCUMENT", { label: documentLabel(d) }),
    })),
    ...(ownRecord ? (proceedings ?? []) : []).map((p) => ({
      value: `PROCEEDING:${p.id}`,
      label: t("attachments.parents.PROCEEDING", { label: proceedingLabel(p) }),
    })),
    ...(labourClaims ?? [])
      .filter((c) => c.own)
      .map((c) => ({
        value: `LABOUR_CLAIM:${c.id}`,
        label: t("attachments.parents.LABOUR_CLAIM", { label: claimLabel(c) }),
      })),
  ];
  // A claim's files are about no one person: listed on the claim itself, with a form to add one.
  const claimFilesOf = (claimId: string) => {
    const files = claimFiles.filter((f) => f.parentId === claimId);
    const claim = labourClaims?.find((c) => c.id === claimId);
    if (!claim?.own || (!files.length && !mayEdit)) return null;
    return (
      <div className="stack" data-testid={`claim-files-${claimId}`}>
        <h4>{t("attachments.claimFiles")}</h4>
        <PersonFiles
          files={files}
          labelOf={null}
          timeZone={timeZone}
          returnTo={`/victims/${v.id}`}
          testId="claim-files"
        />
        {mayEdit ? (
          <details className="casefile-add">
            <summary>{t("attachments.attachToClaim")}</summary>
            <UploadForm
              targets={[{ value: `LABOUR_CLAIM:${claimId}`, label: claimLabel(claim) }]}
              returnTo={`/victims/${v.id}`}
              testId={`upload-claim-file-${claimId}`}
            />
          </details>
        ) : null}
      </div>
    );
  };
  const fileOutcome = ["added", "tooLarge", "type", "empty", "failed"].find((w) => w === query.file);

  return (
    <ClientMessages
      namespaces={[
        "errors",
        "hotline",
        "victims",
        "casework",
        "referrals",
        "situations",
        "documents",
        "legalStatus",
        "attachments",
        "labourClaims",
        "proceedings",
        "common",
      ]}
    >
      <>
        <p>
          <Link href="/victims">← {t("victims.listTitle")}</Link>
        </p>
        <SummaryHeader
          name={[v.givenName, v.patronymic, v.familyName].filter(Boolean).join(" ")}
          latinName={latinName || null}
          facts={[
            { label: t("victims.caseNumber"), value: v.caseNumber, testId: "case-number" },
            { label: t("victims.status"), value: t(`victims.statuses.${v.status}`), testId: "case-status" },
            ...(v.riskLevel ? [{ label: t("victims.riskLevel"), value: t(`victims.riskLevels.${v.riskLevel}`) }] : []),
            ...(shared
              ? []
              : [{ label: t("victims.assignedTo"), value: v.assignedTo?.name ?? t("victims.unassigned") }]),
          ].filter((f) => f.value)}
          flags={flags}
          actions={
            mayEdit ? (
              <Link className="btn btn-secondary" href={`/victims/${v.id}/edit`}>
                {t("victims.edit")}
              </Link>
            ) : null
          }
        />
        {query.registered ? (
          <Alert kind="success">{t("victims.registered", { caseNumber: query.registered })}</Alert>
        ) : null}
        {query.saved ? <Alert kind="success">{t("victims.saved")}</Alert> : null}
        {shared ? <p className="notice">{t("victims.sharedNotice", { organisation: v.organisation.name })}</p> : null}
        {closed ? <p className="notice">{t("victims.closedNotice")}</p> : null}
        {v.restricted ? <p className="notice">{t("victims.restrictedNotice")}</p> : null}
        <div className="casefile-layout">
          <Outline label={t("casefile.outline")} items={outline} />
          <div className="casefile-sections">
            <CaseSection id="overview" title={t("casefile.sections.overview")}>
              <Facts
                testId="identity"
                rows={[
                  [t("victims.aliases"), v.aliases?.join(", ")],
                  [t("victims.sex"), code(v.sex, "victims.sexes")],
                  [t("victims.birthDate"), date(v.birthDate)],
                  [t("victims.age"), ageOf({ birthDate: v.birthDate, estimatedAge: v.estimatedAge })],
                  [t("victims.citizenships"), v.citizenships?.map((c) => countryName(c, locale)).join(", ")],
                  [
                    t("victims.regionOfOrigin"),
                    v.regionOfOrigin ? (regionName(v.regionOfOrigin, locale) ?? v.regionOfOrigin) : null,
                  ],
                  [t("victims.placeOfOrigin"), v.placeOfOrigin],
                  [t("victims.languages"), list(v.languages, "victims.personLanguages")],
                  [t("victims.maritalStatus"), code(v.maritalStatus, "victims.maritalStatuses")],
                  [t("victims.educationLevel"), code(v.educationLevel, "victims.educationLevels")],
                  [t("victims.identifiedOn"), date(v.identifiedOn)],
                  [t("victims.identifiedBy"), code(v.identifiedBy, "victims.identifiedByOptions")],
                  [t("victims.phone"), v.phone],
                  [t("victims.address"), v.address],
                  [t("victims.trustedContact"), v.trustedContact],
                ]}
              />
              <Facts
                rows={[
                  [t("victims.exploitationTypes"), list(v.exploitationTypes, "victims.exploitationTypeNames")],
                  [t("victims.labourSectors"), list(v.labourSectors, "victims.labourSectorNames")],
                  [t("victims.meansOfControl"), list(v.meansOfControl, "victims.meansOfControlNames")],
                  [t("victims.recruitmentMethod"), code(v.recruitmentMethod, "victims.recruitmentMethods")],
                  [t("victims.recruiterRelation"), v.recruiterRelation],
                ]}
              />
              {v.events?.length ? (
                <>
                  <h3>{t("victims.events")}</h3>
                  <ul>
                    {v.events.map((e) => (
                      <li key={e.id}>
                        <strong>{t(`victims.eventKinds.${e.kind}`)}</strong>:{" "}
                        {[e.countryCode ? countryName(e.countryCode, locale) : null, e.place]
                          .filter(Boolean)
                          .join(", ")}{" "}
                        {[date(e.startedOn), date(e.endedOn)].filter(Boolean).join(" – ")}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              {v.narrative ? (
                <>
                  <h3>{t("victims.narrative")}</h3>
                  <p style={{ whiteSpace: "pre-wrap" }}>{v.narrative}</p>
                </>
              ) : null}
              {v.hotlineCalls?.length ? (
                <>
                  <h3>{t("victims.calls")}</h3>
                  <ul>
                    {v.hotlineCalls.map((call) => (
                      <li key={call.id}>
                        <Link href={`/hotline/${call.id}`}>{formatDateTime(call.receivedAt, locale, timeZone)}</Link>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </CaseSection>

            {notes ? (
              <CaseSection
                id="timeline"
                title={t("casework.timeline")}
                empty={notes.length === 0 ? t("casefile.empty.timeline") : null}
                addLabel={t("casefile.add.timeline")}
                addForm={mayEdit ? <CaseNoteForm victimId={v.id} today={today} /> : null}
                addOpen={open === "timeline"}
              >
                {notes.length ? (
                  <ol className="card" data-testid="case-notes">
                    {notes.map((note) => (
                      <li key={note.id}>
                        <strong>{formatDate(note.occurredOn, locale, "UTC")}</strong> · {note.author.name}
                        <div style={{ whiteSpace: "pre-wrap" }}>{note.text}</div>
                      </li>
                    ))}
                  </ol>
                ) : null}
              </CaseSection>
            ) : null}

            {consents ? (
              <CaseSection
                id="consent"
                title={t("casework.consent")}
                empty={consents.length === 0 ? t("casefile.empty.consent") : null}
                addLabel={t("casefile.add.consent")}
                addForm={
                  mayEdit ? (
                    <ConsentForm
                      victimId={v.id}
                      today={today}
                      organisations={organisations}
                      counterparts={counterpartChoices}
                      sheetLanguage={v.languages.find(isLocale) ?? ""}
                    />
                  ) : null
                }
                addOpen={open === "consent"}
              >
                <ConsentList
                  victimId={v.id}
                  today={today}
                  mayEdit={mayEdit}
                  consents={consents}
                  organisationName={orgName}
                />
              </CaseSection>
            ) : null}

            <CaseSection
              id="support"
              title={t("victims.supportPlan")}
              empty={
                v.supportItems?.length ? null : t(mayEdit ? "casefile.empty.support" : "casefile.empty.supportReadOnly")
              }
              addLabel={t("casefile.add.support")}
              addForm={mayEdit ? <SupportItemForm victimId={v.id} /> : null}
              addOpen={open === "support"}
            >
              {v.supportItems?.length ? (
                <ul className="card" data-testid="support-items">
                  {v.supportItems.map((s) => (
                    <li key={s.id}>
                      {t(`victims.supportAreas.${s.area}`)}: {t(`victims.supportStatuses.${s.status}`)}
                      {s.provider ? ` (${s.provider})` : ""}
                      {[s.plannedOn, s.startedOn, s.doneOn].some(Boolean) ? (
                        <span className="muted">
                          {" "}
                          · {[date(s.plannedOn), date(s.startedOn), date(s.doneOn)].filter(Boolean).join(" → ")}
                        </span>
                      ) : null}
                      {mayEdit && s.status !== "DONE" ? (
                        <>
                          {" "}
                          {s.status === "PLANNED" ? (
                            <ActionButton
                              label={t("casework.markInProgress")}
                              doneMessage={t("casework.supportUpdated")}
                              run={updateSupportItemAction.bind(
                                null,
                                { victimId: v.id, itemId: s.id },
                                {
                                  ...s,
                                  provider: s.provider ?? "",
                                  status: "IN_PROGRESS",
                                  startedOn: s.startedOn ?? today,
                                  doneOn: "",
                                },
                              )}
                            />
                          ) : null}{" "}
                          <ActionButton
                            label={t("casework.markDone")}
                            doneMessage={t("casework.supportUpdated")}
                            run={updateSupportItemAction.bind(
                              null,
                              { victimId: v.id, itemId: s.id },
                              { ...s, provider: s.provider ?? "", status: "DONE", doneOn: today },
                            )}
                          />
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </CaseSection>

            <CaseSection
              id="referrals"
              title={t("referrals.title")}
              empty={referrals.length === 0 ? t("referrals.none") : null}
              whoCan={mayRefer ? (closed ? t("casefile.whoCan.reopenFirst") : null) : byCoordinator("referral")}
              before={
                mayRefer && mayEdit && consents ? (
                  sharingWith.length ? (
                    <p className="muted" data-testid="sharing-agreed">
                      {t("casefile.consents.sharingAgreedWith", { organisations: sharingWith.map(orgName).join(", ") })}
                    </p>
                  ) : (
                    <ConsentChecklist
                      title={t("casefile.consents.referralTitle")}
                      items={[{ key: "SHARING", label: t("casefile.consents.SHARING_ANY"), given: false }]}
                      recordHref={recordIt}
                      {...checklistLabels}
                    />
                  )
                ) : null
              }
              addLabel={t("casefile.add.referral")}
              addForm={mayRefer && mayEdit ? <ReferralForm victimId={v.id} organisations={organisations} /> : null}
              addOpen={open === "referral"}
            >
              <ReferralList
                mayRevoke={mayRefer}
                ownOrganisationId={actor.current?.organisationId ?? null}
                referrals={referrals}
                timeZone={timeZone}
              />
            </CaseSection>

            {may.seePerpetrators && (perpetrators.length || perpetratorChoices.length) ? (
              <CaseSection
                id="perpetrators"
                title={t("casework.perpetrators.title")}
                empty={perpetrators.length ? null : t("casework.perpetrators.none")}
                addLabel={t("casework.perpetrators.add")}
                addForm={
                  perpetratorChoices.length ? (
                    <PersonPerpetratorForm victimId={v.id} choices={perpetratorChoices} />
                  ) : null
                }
              >
                {perpetrators.length ? (
                  <ul data-testid="person-perpetrators">
                    {perpetrators.map((p) => (
                      <li key={p.id}>
                        <Link href={`/perpetrators/${p.id}`}>{p.name}</Link>
                        {p.role ? ` · ${t(`situations.roles.${p.role}`)}` : ""}
                        {p.guardian ? ` · ${t("casework.perpetrators.isGuardian")}` : ""}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </CaseSection>
            ) : null}

            {ownRecord && (authorityReports.length || may.report) ? (
              <CaseSection
                id="reports"
                title={t("casework.reports.title")}
                empty={authorityReports.length ? null : t("casework.reports.none")}
                addLabel={t("casework.reports.add")}
                addForm={
                  may.report ? (
                    <AuthorityReportForm
                      victimId={v.id}
                      today={today}
                      country={organisationCountry(actor)}
                      countries={countryChoices(locale)}
                      mayOverride={may.overrideReport}
                    />
                  ) : null
                }
              >
                {authorityReports.length ? (
                  <ul data-testid="authority-reports">
                    {authorityReports.map((r) => (
                      <li key={r.id}>
                        {date(r.reportedOn)} · {t(`casework.reports.authorities.${r.authority}`)} (
                        {countryName(r.countryCode, locale)}) · {t(`casework.reports.bases.${r.basis}`)}
                        {r.decidedBy ? ` · ${t("casework.reports.decidedBy", { name: r.decidedBy.name })}` : ""}
                        {r.overrideReason ? <p className="muted">{r.overrideReason}</p> : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
              </CaseSection>
            ) : null}

            {situations.length ? (
              <CaseSection id="situations" title={t("situations.title")}>
                <ul data-testid="person-situations">
                  {situations.map((s) => (
                    <li key={s.id}>
                      <Link href={`/situations/${s.id}`}>{s.reference}</Link> · {t(`situations.statuses.${s.status}`)}
                    </li>
                  ))}
                </ul>
              </CaseSection>
            ) : null}

            {may.seeShelter ? (
              <CaseSection
                id="shelter"
                title={t("casefile.sections.shelter")}
                whoCan={may.referAsRole ? null : t("casefile.whoCan.shelter")}
              >
                {shelterRecord ? (
                  <ShelterRecord stays={shelterRecord.stays} requests={shelterRecord.requests} timeZone={timeZone} />
                ) : null}
                {shelterUnderWay && !inShelter ? <p className="muted">{t("casefile.shelterUnderWay")}</p> : null}
                {/* What to do first comes before the button that does it (CaseSection's own empty text would follow it). */}
                {shelterEntries === 0 ? <p className="casefile-empty muted">{t("casefile.empty.shelter")}</p> : null}
                {may.findBed ? (
                  <p>
                    <Link className="btn btn-secondary" href="/shelters/availability">
                      {t("casefile.findBed")}
                    </Link>
                  </p>
                ) : null}
              </CaseSection>
            ) : null}

            {may.seeReturns ? (
              <CaseSection
                id="return"
                title={t("repatriations.returnHome")}
                empty={
                  returns.length === 0 ? t(mayRequest ? "casefile.empty.return" : "casefile.empty.returnNone") : null
                }
                whoCan={mayRequest ? null : byCoordinator("repatriation")}
                before={
                  mayRequest && consents && openReturns.length === 0 && file.returnConsentMissing ? (
                    <RequestConsents victimId={v.id} consents={consents} receiver={null} mayRecord={mayEdit} />
                  ) : null
                }
              >
                {returns.length ? (
                  <ul>
                    {returns.map((r) => (
                      <li key={r.id}>
                        <Link href={`/repatriations/${r.id}`}>
                          {countryName(r.receivingCountry, locale)} · {t(`repatriations.statuses.${r.status}`)}
                        </Link>
                        {/* A draft waits for its request: what it still needs, once, beside it. */}
                        {consents &&
                        r.status === "DRAFT" &&
                        draftConsents.find((d) => d.r.id === r.id)?.items.some((i) => !i.given) ? (
                          <RequestConsents
                            victimId={v.id}
                            consents={consents}
                            receiver={
                              r.counterpartId
                                ? {
                                    id: r.counterpartId,
                                    // The directory's entries are loaded for the consent form already.
                                    name: counterpartChoices.find((c) => c.id === r.counterpartId)?.name ?? "",
                                    counterpart: true,
                                  }
                                : {
                                    id: r.receivingOrganisationId,
                                    name: orgName(r.receivingOrganisationId),
                                    deportation: r.kind === "DEPORTATION",
                                  }
                            }
                            mayRecord={mayEdit}
                          />
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {mayRequest && !closed ? (
                  <p>
                    <Link className="btn btn-secondary" href={`/repatriations/new?victim=${v.id}`}>
                      {t("repatriations.requestReturn")}
                    </Link>
                  </p>
                ) : null}
              </CaseSection>
            ) : null}

            <CaseSection
              id="documents"
              title={t("casefile.sections.documents")}
              empty={
                showsDocuments || documents?.length
                  ? null
                  : t(mayEdit ? "casefile.empty.documents" : "casefile.empty.documentsReadOnly")
              }
              addLabel={documents && mayEdit ? t("documents.add") : undefined}
              addForm={
                documents && mayEdit ? (
                  <AddDocumentForm victimId={v.id} countries={regionalCountryChoices(locale)} />
                ) : null
              }
            >
              {documents ? (
                <PersonDocuments
                  documents={documents}
                  mayEdit={mayEdit}
                  today={today}
                  countries={regionalCountryChoices(
                    locale,
                    documents.map((d) => d.issuingCountry),
                  )}
                />
              ) : null}
              {legalStatuses ? (
                <LegalStatuses
                  victimId={v.id}
                  statuses={legalStatuses}
                  mayEdit={mayEdit}
                  today={today}
                  defaultCountry={organisationCountry(actor)}
                  countries={regionalCountryChoices(
                    locale,
                    legalStatuses.map((l) => l.countryCode),
                  )}
                />
              ) : null}
              <Facts
                testId="documents"
                rows={[
                  [t("victims.passportStatus"), code(v.passportStatus, "victims.passportStatuses")],
                  [t("victims.documentNumber"), v.documentNumber],
                  [t("victims.documentExpiry"), date(v.documentExpiry)],
                  [t("victims.entryBanUntil"), date(v.entryBanUntil)],
                  [t("victims.traffickingStatus"), code(v.traffickingStatus, "victims.traffickingStatuses")],
                  [t("victims.traffickingStatusDecidedBy"), v.traffickingStatusDecidedBy],
                ]}
              />
            </CaseSection>

            {attachments ? (
              <CaseSection
                id="files"
                title={t("attachments.title")}
                empty={attachments.length ? null : t(mayEdit ? "attachments.empty" : "attachments.emptyReadOnly")}
                addLabel={mayEdit ? t("attachments.add") : undefined}
                addForm={
                  mayEdit ? (
                    <UploadForm targets={fileTargets} returnTo={`/victims/${v.id}`} testId="upload-file" />
                  ) : null
                }
              >
                {fileOutcome ? (
                  <Alert kind={fileOutcome === "added" ? "success" : "error"}>
                    {t(`attachments.outcome.${fileOutcome}`)}
                  </Alert>
                ) : null}
                <PersonFiles
                  files={attachments}
                  labelOf={fileParentLabel}
                  timeZone={timeZone}
                  returnTo={`/victims/${v.id}`}
                />
                {attachments.length ? <p className="muted">{t("attachments.downloadHint")}</p> : null}
              </CaseSection>
            ) : null}

            {labourClaims ? (
              <CaseSection
                id="labour-claims"
                title={t("labourClaims.title")}
                empty={labourClaims.length ? null : t("labourClaims.none")}
                addLabel={claimChoices ? t("labourClaims.add") : undefined}
                addForm={
                  claimChoices ? (
                    <AddLabourClaimForm
                      victimId={v.id}
                      personName={[v.givenName, v.familyName].filter(Boolean).join(" ")}
                      choices={claimChoices}
                      countries={regionalCountryChoices(locale)}
                      defaultCountry={organisationCountry(actor)}
                      defaultCurrency={claimCurrencyOf(organisationCountry(actor))}
                    />
                  ) : null
                }
              >
                <LabourClaims
                  victimId={v.id}
                  personName={[v.givenName, v.familyName].filter(Boolean).join(" ")}
                  claims={labourClaims}
                  filesOf={claimFilesOf}
                  mayEdit={mayEdit}
                  choices={claimChoices}
                  countries={regionalCountryChoices(
                    locale,
                    labourClaims.map((c) => c.countryCode),
                  )}
                />
              </CaseSection>
            ) : null}

            {proceedings ? (
              <CaseSection
                id="proceedings"
                title={t("proceedings.title")}
                empty={proceedings.length ? null : t(mayEdit ? "proceedings.empty" : "proceedings.emptyReadOnly")}
                addLabel={mayEdit ? t("proceedings.add") : undefined}
                addForm={
                  mayEdit ? (
                    <AddProceedingForm
                      victimId={v.id}
                      countries={regionalCountryChoices(locale)}
                      defaultCountry={organisationCountry(actor)}
                      links={proceedingLinks}
                    />
                  ) : null
                }
              >
                <PersonProceedings
                  proceedings={proceedings}
                  mayEdit={mayEdit}
                  today={today}
                  links={proceedingLinks}
                  countries={regionalCountryChoices(
                    locale,
                    proceedings.map((p) => p.countryCode),
                  )}
                />
              </CaseSection>
            ) : null}

            {mayClose || accessLog ? (
              <CaseSection id="record" title={t("casefile.sections.record")}>
                {maySubjectRequest ? (
                  <p>
                    <Link href={`/victims/${v.id}/subject-request`} data-testid="subject-request-link">
                      {t("subjectRequests.link")}
                    </Link>
                  </p>
                ) : null}
                {mayClose ? (
                  <>
                    <h3>{closed ? t("casework.reopen") : t("casework.close")}</h3>
                    {closed ? (
                      <ActionButton
                        label={t("casework.reopen")}
                        doneMessage={t("casework.reopened")}
                        run={reopenCaseAction.bind(null, { victimId: v.id })}
                      />
                    ) : (
                      <details className="casefile-add">
                        <summary>{t("casework.close")}</summary>
                        <CloseCaseForm victimId={v.id} />
                      </details>
                    )}
                  </>
                ) : null}
                {accessLog ? (
                  <>
                    <h3>{t("casework.accessLog")}</h3>
                    <details>
                      <summary>{t("casework.accessLogHint")}</summary>
                      <TableWrap>
                        <table className="list" data-testid="access-log">
                          <thead>
                            <tr>
                              <th>{t("casework.when")}</th>
                              <th>{t("casework.who")}</th>
                              <th>{t("casework.what")}</th>
                            </tr>
                          </thead>
                          <tbody>
                            {accessLog.map((e) => (
                              <tr key={String(e.id)}>
                                <td>{formatDateTime(e.at, locale, timeZone)}</td>
                                <td>
                                  {e.actor?.name ?? ""}
                                  {e.organisation ? <div className="muted">{e.organisation.name}</div> : null}
                                </td>
                                <td>
                                  {t.has(`casework.actions.${e.action.replace(".", "_")}`)
                                    ? t(`casework.actions.${e.action.replace(".", "_")}`)
                                    : e.action}
                                </td>
                              </tr>
                            ))}
                          </tbody>
                        </table>
                      </TableWrap>
                    </details>
                  </>
                ) : null}
              </CaseSection>
            ) : null}
          </div>
        </div>
      </>
    </ClientMessages>
  );
}
