import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/actor";
import { loadRepatriationCase } from "@/lib/repatriations/case-file";
import { ENDS_WITHOUT_RETURN, type RepatriationStatus } from "@/lib/repatriations/codes";
import { pathOf } from "@/lib/repatriations/state-machine";
import { moveHintKey, moveKey, statusKey } from "@/lib/repatriations/labels";
import { countryName, formatDate, formatDateTime } from "@/lib/i18n/format";
import {
  CompleteTaskForm,
  HandToPartnerForm,
  MessageForm,
  MoveForm,
  StepRecordForm,
  TaskForm,
} from "@/components/repatriations/repatriation-forms";
import { StepRecordView } from "@/components/repatriations/step-record-view";
import { travelDocumentChoices } from "@/components/repatriations/travel-document-choices";
import { PersonDocuments } from "@/components/documents/person-documents";
import { LegalStatuses } from "@/components/documents/legal-statuses";
import { localDay } from "@/lib/time/zoned";

/** Read-only lists of papers need no country choices (their forms are not shown). */
const NO_COUNTRIES = { first: [], rest: [] };
import { ClientMessages } from "@/components/i18n/client-messages";
import { denyAccess } from "@/lib/auth/denied";
import { RequestConsents } from "@/components/casefile/request-consents";
import { SummaryHeader } from "@/components/casefile/summary-header";
import { MarkCaseRead } from "@/components/repatriations/mark-case-read";
import { parseRouteId } from "@/lib/http/route-id";
import { listRepatriationTaskAttachments } from "@/lib/attachments/data";
import { PersonFiles } from "@/components/attachments/person-files";
import { UploadForm } from "@/components/attachments/upload-form";
import { Alert } from "@/components/ui/alert";
import { ReintegrationSection } from "@/components/reintegration/reintegration-section";
import { loadReintegrationSection } from "@/lib/reintegration/case-section";
import { TableWrap } from "@/components/ui/table-wrap";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("repatriations"))("caseTitle") };
}

/** Statuses on the kind's road home, in order (an end short of home is shown only when the case ended so). */
const roadOf = (kind: Parameters<typeof pathOf>[0]): RepatriationStatus[] =>
  pathOf(kind).filter((s) => !ENDS_WITHOUT_RETURN.includes(s));

export default async function RepatriationCasePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor("repatriations.read");
  const id = parseRouteId((await params).id);
  if (!id) return denyAccess();
  const file = await loadRepatriationCase(actor.scope, id);
  if (!file) return denyAccess();
  const { found, messages, tasks, consents, receiver, consentMissing, live, forward, ending, may } = file;
  const { documents, legalStatuses, papersStep } = file;
  const reintegration = await loadReintegrationSection(actor.scope, found, file.tasks);
  // The files on the checklist's tasks: about the person, so through the person's rule (null: the
  // viewer does not see the person). Either side of a live case attaches while it sees the person.
  const taskFiles = await listRepatriationTaskAttachments(actor.scope, found.id);
  const attachToTasks = live && found.person !== null && taskFiles !== null;
  const outcomeWord = (await searchParams).file;
  const fileOutcome = ["added", "tooLarge", "type", "empty", "failed"].find((w) => w === outcomeWord);
  const t = await getTranslations();
  const locale = await getLocale();
  const tz = actor.timeZone;
  // Working alone, the organisation records the counterpart's part too: both sides are its own.
  const counterpartOn = (side: "SENDING" | "RECEIVING") =>
    found.counterpart?.side === side ? ` · ${found.counterpart.name}` : "";
  const sideName = {
    SENDING: `${found.sending.name}${counterpartOn("SENDING")}`,
    RECEIVING: `${found.receiving.name}${counterpartOn("RECEIVING")}`,
  };
  // A deportation's "travel planned" is its announcement; a self-organised arrival is reported in.
  const statusName = (status: RepatriationStatus) => t(statusKey(found.kind, status));
  const moveName = (status: RepatriationStatus) => t(moveKey(found.kind, status));
  const road = roadOf(found.kind);
  const taskLabel = (task: { title: string; templateKey: string | null }) =>
    task.templateKey ? t(`repatriations.templates.${task.templateKey}`) : task.title;
  const taskOf = (taskId: string) => tasks?.find((task) => task.id === taskId);
  const returnTo = `/repatriations/${found.id}`;
  return (
    <ClientMessages
      namespaces={[
        "errors",
        "victims",
        "referrals",
        "repatriations",
        "documents",
        "legalStatus",
        "attachments",
        "reintegration",
        "common",
      ]}
    >
      <>
        <MarkCaseRead caseId={found.id} />
        <p>
          <Link href="/repatriations">← {t("repatriations.boardTitle")}</Link>
        </p>
        <SummaryHeader
          name={`${t("repatriations.caseTitle")}${found.person ? `: ${found.person.givenName} ${found.person.familyName}` : ""}`}
          latinName={
            found.person && (found.person.givenNameLatin || found.person.familyNameLatin)
              ? `${found.person.givenNameLatin} ${found.person.familyNameLatin}`.trim()
              : null
          }
          facts={[
            { label: t("victims.status"), value: statusName(found.status), testId: "case-status" },
            { label: t("repatriations.kind"), value: t(`repatriations.kinds.${found.kind}`), testId: "case-kind" },
          ]}
          flags={[
            ...(found.personShown === "restricted"
              ? [{ key: "restricted", label: t("casefile.flags.restricted"), tone: "info" as const }]
              : []),
            ...(consentMissing
              ? [{ key: "consent", label: t("casefile.flags.consentMissing"), tone: "alert" as const }]
              : []),
          ]}
        />
        {/* Said before the facts: a list of terms holds only terms and their descriptions. */}
        {found.alone ? (
          <p className="muted" data-testid="case-worked-alone">
            {t("repatriations.workedAlone")}
          </p>
        ) : null}
        <dl className="card facts" data-testid="case-facts">
          {found.counterpart ? (
            <>
              <dt>{t("repatriations.counterpartSide")}</dt>
              <dd data-testid="case-counterpart">
                {found.counterpart.name} · {t(`counterparts.types.${found.counterpart.type}`)} ·{" "}
                {countryName(found.counterpart.countryCode, locale)}
                {found.counterpart.contactPerson ? ` · ${found.counterpart.contactPerson}` : ""}
                {found.counterpart.phone ? (
                  <>
                    {" · "}
                    <a href={`tel:${found.counterpart.phone.replace(/\s/g, "")}`}>{found.counterpart.phone}</a>
                  </>
                ) : null}
                {found.counterpart.email ? (
                  <>
                    {" · "}
                    <a href={`mailto:${found.counterpart.email}`}>{found.counterpart.email}</a>
                  </>
                ) : null}
              </dd>
            </>
          ) : null}
          <dt>{t("repatriations.sides.SENDING")}</dt>
          <dd>
            {found.sending.name} · {countryName(found.sending.country, locale)}
            {found.sending.coordinator ? (
              <span className="muted"> · {t("repatriations.coordinator", { name: found.sending.coordinator })}</span>
            ) : null}
          </dd>
          <dt>{t("repatriations.sides.RECEIVING")}</dt>
          <dd>
            {found.receiving.name} · {countryName(found.receiving.country, locale)}
            {found.receiving.coordinator ? (
              <span className="muted"> · {t("repatriations.coordinator", { name: found.receiving.coordinator })}</span>
            ) : null}
          </dd>
          <dt>{t("repatriations.yourSide")}</dt>
          <dd>{t(`repatriations.sides.${found.side}`)}</dd>
          <dt>{t("repatriations.daysInStatus")}</dt>
          <dd>{found.daysInStatus}</dd>
          <dt>{t("repatriations.waitingOn")}</dt>
          <dd data-testid="waiting-on">{found.waitingOn ? sideName[found.waitingOn] : t("repatriations.nobody")}</dd>
          {found.targetTravelDate ? (
            <>
              <dt>{t("repatriations.targetTravelDate")}</dt>
              <dd>{formatDate(found.targetTravelDate, locale, "UTC")}</dd>
            </>
          ) : null}
          {found.person ? (
            <>
              <dt>{t("repatriations.person")}</dt>
              <dd>
                <Link href={`/victims/${found.person.id}`}>
                  {found.person.givenName} {found.person.familyName}
                </Link>{" "}
                {found.person.givenNameLatin || found.person.familyNameLatin ? (
                  <span className="muted">
                    ({`${found.person.givenNameLatin} ${found.person.familyNameLatin}`.trim()})
                  </span>
                ) : null}
                {found.person.citizenships.length
                  ? ` · ${found.person.citizenships.map((c) => countryName(c, locale)).join(", ")}`
                  : ""}
              </dd>
            </>
          ) : found.personShown === "restricted" ? (
            <>
              <dt>{t("repatriations.person")}</dt>
              <dd className="muted" data-testid="person-restricted">
                {t("people.restricted")} · {found.restrictedCaseNumber}
              </dd>
            </>
          ) : null}
          {found.endReason ? (
            <>
              <dt>{t("repatriations.reason")}</dt>
              <dd>{found.endReason}</dd>
            </>
          ) : null}
        </dl>
        {file.partners.length ? (
          <details className="card" data-testid="partner-handover">
            <summary>{t("repatriations.handToPartner")}</summary>
            <p className="muted">{t("repatriations.handToPartnerHint")}</p>
            <HandToPartnerForm caseId={found.id} version={found.version} organisations={file.partners} />
          </details>
        ) : null}
        {found.person && consents && consentMissing ? (
          <RequestConsents
            id="request-consents"
            victimId={found.person.id}
            consents={consents}
            receiver={receiver}
            mayRecord
          />
        ) : null}

        <ol className="steps" aria-label={t("repatriations.road")}>
          {(ENDS_WITHOUT_RETURN.includes(found.status) ? [...road, found.status] : road).map((status) => {
            const here = status === found.status;
            const passed = found.events.some((e) => e.toStatus === status) && !here;
            return (
              <li
                key={status}
                aria-current={here ? "step" : undefined}
                className={here ? "step-current" : passed ? "step-done" : undefined}
              >
                {statusName(status)}
              </li>
            );
          })}
        </ol>
        {found.riskOutcome === "NOT_SAFE" && !found.riskOverrideRecorded && live ? (
          <p className="notice">{t("repatriations.notSafeNotice")}</p>
        ) : null}

        {/* A step reads in the order it is worked: its record, then its checklist, then the move on. */}
        {found.record ? (
          <section aria-labelledby="record-heading">
            <h2 id="record-heading">{t("repatriations.recordHeading")}</h2>
            {may.writeStep ? (
              <div className="card step-form">
                <p className="muted">{t("repatriations.stepFormHint")}</p>
                <h3>{statusName(found.status)}</h3>
                <StepRecordForm
                  key={found.status}
                  caseId={found.id}
                  fields={found.editableFields}
                  record={found.record}
                  travelDocuments={travelDocumentChoices(documents, t, locale)}
                />
                {found.editableFields.includes("travelDocumentId") && found.person ? (
                  <p className="muted" data-testid="travel-document-note">
                    {t("repatriations.travelDocumentWhere")}{" "}
                    <Link href={`/victims/${found.person.id}#documents`}>{t("repatriations.openDocuments")}</Link>
                  </p>
                ) : null}
              </div>
            ) : null}
            <StepRecordView record={found.record} />
            {papersStep ? (
              <div className="card" data-testid="case-papers">
                <h3>{t("repatriations.papers")}</h3>
                {documents === null && legalStatuses === null ? (
                  <p className="muted">{t("repatriations.papersNotShared")}</p>
                ) : null}
                {documents ? (
                  documents.length ? (
                    <PersonDocuments
                      documents={documents}
                      mayEdit={false}
                      today={localDay(new Date(), tz)}
                      countries={NO_COUNTRIES}
                    />
                  ) : (
                    <p className="muted">{t("repatriations.noDocuments")}</p>
                  )
                ) : null}
                {legalStatuses ? (
                  <LegalStatuses
                    victimId={found.person!.id}
                    statuses={legalStatuses}
                    mayEdit={false}
                    today={localDay(new Date(), tz)}
                    defaultCountry={found.sending.country}
                    countries={NO_COUNTRIES}
                  />
                ) : null}
              </div>
            ) : null}
          </section>
        ) : null}

        {reintegration ? (
          <ReintegrationSection
            caseId={found.id}
            reintegration={reintegration.data}
            openFollowUps={reintegration.openFollowUps}
            mayKeep={reintegration.mayKeep}
            mayFlag={reintegration.mayFlag}
            situations={reintegration.situations}
            today={localDay(new Date(), tz)}
          />
        ) : null}

        <section aria-labelledby="tasks-heading">
          <h2 id="tasks-heading">{t("repatriations.checklist")}</h2>
          {tasks && tasks.length > 0 ? (
            <TableWrap>
              <table className="list" data-testid="tasks-table">
                <thead>
                  <tr>
                    <th>{t("repatriations.taskTitle")}</th>
                    <th>{t("repatriations.step")}</th>
                    <th>{t("repatriations.assignee")}</th>
                    <th>{t("repatriations.dueOn")}</th>
                    <th>{t("repatriations.doneOn")}</th>
                  </tr>
                </thead>
                <tbody>
                  {tasks.map((task) => (
                    <tr key={task.id} className={task.overdue ? "row-overdue" : undefined} data-testid="task-row">
                      <td>
                        {taskLabel(task)}
                        {task.overdue ? (
                          <span className="badge badge-critical"> {t("repatriations.overdue")}</span>
                        ) : null}
                        {task.note ? <div className="muted">{task.note}</div> : null}
                      </td>
                      <td>{statusName(task.status)}</td>
                      <td>{sideName[task.assigneeSide]}</td>
                      <td>{task.dueOn ? formatDate(task.dueOn, locale, "UTC") : ""}</td>
                      <td>
                        {task.doneOn ? (
                          formatDate(task.doneOn, locale, "UTC")
                        ) : task.mayComplete && task.kind === "FOLLOW_UP" && reintegration?.mayKeep ? (
                          // A follow-up is done by its survey, in the reintegration section above.
                          <a href={`#follow-up-${task.id}`}>{t("reintegration.recordSurvey")}</a>
                        ) : task.mayComplete ? (
                          <CompleteTaskForm
                            caseId={found.id}
                            taskId={task.id}
                            followUp={task.kind === "FOLLOW_UP"}
                            label={taskLabel(task)}
                          />
                        ) : (
                          <span className="muted">{t("repatriations.open")}</span>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableWrap>
          ) : (
            <p className="muted">{t("repatriations.noTasks")}</p>
          )}
          {taskFiles && tasks?.length && (taskFiles.length || attachToTasks) ? (
            <div className="stack" id="files" data-testid="task-files">
              <h3>{t("attachments.taskFiles")}</h3>
              {fileOutcome ? (
                <Alert kind={fileOutcome === "added" ? "success" : "error"}>
                  {t(`attachments.outcome.${fileOutcome}`)}
                </Alert>
              ) : null}
              {taskFiles.length === 0 ? <p className="muted">{t("attachments.noFiles")}</p> : null}
              <PersonFiles
                files={taskFiles}
                labelOf={(f) => {
                  const task = taskOf(f.parentId);
                  return task ? taskLabel(task) : t("attachments.parents.REPATRIATION_STEP", { label: "none" });
                }}
                timeZone={tz}
                returnTo={returnTo}
                testId="task-file-list"
              />
              {taskFiles.length ? <p className="muted">{t("attachments.downloadHint")}</p> : null}
              {attachToTasks ? (
                <details className="card">
                  <summary>{t("attachments.attachToTask")}</summary>
                  <p className="muted">{t("attachments.taskFilesHint")}</p>
                  <UploadForm
                    targets={tasks.map((task) => ({ value: `REPATRIATION_STEP:${task.id}`, label: taskLabel(task) }))}
                    returnTo={returnTo}
                    testId="upload-task-file"
                  />
                </details>
              ) : null}
            </div>
          ) : null}
          {may.addTask ? (
            <details className="card">
              <summary>{t("repatriations.addTask")}</summary>
              <TaskForm caseId={found.id} sides={sideName} />
            </details>
          ) : null}
        </section>

        <section aria-labelledby="next-heading">
          <h2 id="next-heading">{t("repatriations.nextHeading")}</h2>
          {live && forward.length === 0 && found.waitingOn && !found.sides.includes(found.waitingOn) ? (
            <p className="muted">{t("repatriations.waitingFor", { organisation: sideName[found.waitingOn] })}</p>
          ) : null}
          {!live ? <p className="muted">{t("repatriations.ended")}</p> : null}
          <div className="cards cards-wide">
            {forward.map((to) => (
              // Keyed by the status too: a move offered in two statuses (a deportation's reception)
              // must not keep the status it was first shown in, or it is refused as "moved on".
              <div className="card" key={`${found.status}-${to}`}>
                <h3>{moveName(to)}</h3>
                <p className="muted">{t(moveHintKey(found.kind, to))}</p>
                <MoveForm caseId={found.id} from={found.status} to={to} record={found.record} label={moveName(to)} />
              </div>
            ))}
          </div>
          {ending.map((to) => (
            <details key={`${found.status}-${to}`} className="card">
              <summary>{moveName(to)}</summary>
              <MoveForm caseId={found.id} from={found.status} to={to} record={found.record} label={moveName(to)} />
            </details>
          ))}
        </section>

        <section aria-labelledby="messages-heading">
          <h2 id="messages-heading">{t("repatriations.messages")}</h2>
          <ol className="thread" data-testid="messages">
            {(messages ?? []).map((m) => (
              <li key={m.id} className={m.side === found.side ? "own" : undefined}>
                <div className="muted">
                  {m.authorName} · {sideName[m.side]} · {formatDateTime(m.createdAt, locale, tz)}
                </div>
                <p>{m.text}</p>
              </li>
            ))}
          </ol>
          {messages?.length === 0 ? <p className="muted">{t("repatriations.noMessages")}</p> : null}
          {may.postMessage ? <MessageForm caseId={found.id} /> : null}
        </section>

        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">{t("repatriations.timeline")}</h2>
          <ol className="timeline" data-testid="timeline">
            {found.events.map((e) => (
              <li key={e.id}>
                {formatDateTime(e.createdAt, locale, tz)} · {e.actorName} ({sideName[e.side]}) ·{" "}
                {e.toStatus
                  ? t("repatriations.movedTo", { status: statusName(e.toStatus) })
                  : t("repatriations.stepUpdated")}
              </li>
            ))}
          </ol>
        </section>
      </>
    </ClientMessages>
  );
}
